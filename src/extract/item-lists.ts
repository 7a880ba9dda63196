import { isSemicolon, type TextIndex } from './text-index.js';
import type { WordSet } from './word-set.js';

/*
 * Lists of short items joined by semicolons (行政复议：收案58件；审结55件；撤销9件；变更1件): the items share the list's
 * subject, as one sentence's clauses do, so a statement or a context is read over the whole list.
 */

/** How long an item, a lead sharing its line and a heading line above it may be. */
const LIST_ITEM_LENGTH = 16;
const LIST_LEAD_LENGTH = 40;
const LIST_HEADING_LENGTH = 20;
/** How many items a list may run to either side. */
const MAX_ITEMS = 12;
/** What marksIn finds in a span: a comma (or 、) outranks a colon. */
const COMMA_MARK = 2;
const COLON_MARK = 1;
const LINE_FEED = 0x0a;

/**
 * The list of short items the sentence holding offset is one of, with its lead (a short subject before a colon, or
 * a heading line above items set one a line). A sentence that is no such item (longer, or with a comma in it) is its
 * own span — unless its last clause opens with one of `opens` (其中) and is the first of the items after it.
 */
export function itemList(index: TextIndex, offset: number, opens?: WordSet): [number, number] {
  const own = index.sentence(offset);
  if (!isListItem(index, own[0], own[1])) return opens ? listAfterLead(index, own, offset, opens) : own;
  let s = own[0];
  for (let k = 0; k < MAX_ITEMS; k++) {
    const before = itemBefore(index.text, s);
    if (before < 0) break;
    const span = index.sentence(before);
    // the list's lead may be longer: it names the subject before a colon (本年度行政复议办理情况：新收案件41件)
    if (!isListItem(index, span[0], span[1])) {
      if (isListLead(index, span[0], span[1], true) || (opens && endsInItem(index, span, opens))) s = span[0];
      break;
    }
    s = span[0];
  }
  const e = itemsAfter(index, own[1]);
  // items set one a line (审结案件：62件；⏎撤销：5件；) are led by the heading line above them ((三）行政复议)
  if ((s < own[0] || e > own[1]) && s > 0 && index.text.charCodeAt(s - 1) === LINE_FEED) {
    const line = index.sentence(s - 1);
    if (isListLead(index, line[0], line[1], false)) s = line[0];
  }
  return [s, e];
}

/** Where the run of items after the sentence ending at `e` ends (`e` itself when none follows). */
function itemsAfter(index: TextIndex, e: number): number {
  for (let k = 0; k < MAX_ITEMS; k++) {
    const after = itemAfter(index.text, e);
    if (after < 0) break;
    const span = index.sentence(after);
    if (!isListItem(index, span[0], span[1])) break;
    e = span[1];
  }
  return e;
}

/**
 * A sentence whose last clause, holding `offset` and opening with one of `opens` (其中), is the first item of the short
 * items after it (审结70件，其中撤销5件；变更1件；确认违法1件): the sentence and its items; else the sentence.
 */
function listAfterLead(index: TextIndex, own: [number, number], offset: number, opens: WordSet): [number, number] {
  if (index.clause(offset)[1] !== own[1] || !endsInItem(index, own, opens)) return own;
  return [own[0], itemsAfter(index, own[1])];
}

/** Whether a sentence's last clause is a list item opening with one of `opens` (…，其中撤销5件). */
function endsInItem(index: TextIndex, sentence: [number, number], opens: WordSet): boolean {
  const text = index.text;
  const last = index.clause(sentence[1] - 1);
  if (!isListItem(index, last[0], last[1])) return false;
  // the word may stand alone before a colon (…，其中：确认违法2件；)
  const colon = last[0] > sentence[0] && (text[last[0] - 1] === '：' || text[last[0] - 1] === ':');
  const lead = colon ? index.clause(last[0] - 2) : last;
  let i = lead[0];
  while (i < lead[1] && (text[i] === ' ' || text[i] === '\u3000')) i++;
  const word = opens.at(text, i);
  return word !== undefined && (!colon || i + word.length === lead[1]);
}

/** Where the item before the one starting at s ends, when a semicolon (and a line break) parts them; else -1. */
function itemBefore(text: string, s: number): number {
  if (s > 0 && isSemicolon(text.charCodeAt(s - 1))) return s - 1;
  if (s > 1 && text.charCodeAt(s - 1) === LINE_FEED && isSemicolon(text.charCodeAt(s - 2))) return s - 2;
  return -1;
}

/** Where the item after the one ending at e starts, when a semicolon (and a line break) parts them; else -1. */
function itemAfter(text: string, e: number): number {
  if (e >= text.length || !isSemicolon(text.charCodeAt(e))) return -1;
  const next = text.charCodeAt(e + 1) === LINE_FEED ? e + 2 : e + 1;
  return next < text.length ? next : -1;
}

/**
 * A list's lead: a sentence with no comma, short enough to be one subject (and its first item), with a colon
 * when it shares its line with the list, or a heading line above it.
 */
function isListLead(index: TextIndex, s: number, e: number, colonNeeded: boolean): boolean {
  if (e - s > (colonNeeded ? LIST_LEAD_LENGTH : LIST_HEADING_LENGTH)) return false;
  const marks = marksIn(index.text, s, e);
  return marks !== COMMA_MARK && (marks === COLON_MARK || !colonNeeded);
}

/** A list item: a short sentence with no comma (审结55件, 行政复议：收案58件). */
function isListItem(index: TextIndex, s: number, e: number): boolean {
  return e - s <= LIST_ITEM_LENGTH && marksIn(index.text, s, e) !== COMMA_MARK;
}

/** COMMA_MARK when [s, e) holds a comma or 、, else COLON_MARK when it holds a colon, else 0. */
function marksIn(text: string, s: number, e: number): number {
  let marks = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 0x2c || c === 0x3001) return COMMA_MARK;
    if (c === 0xff1a || c === 0x3a) marks = COLON_MARK;
  }
  return marks;
}
