import { holdsAny } from './claim-match.js';
import type { TextIndex } from './text-index.js';

import { ITEM_MARK } from './item-mark.js';

/** How long an item's lead may be: a topic (（三）普法宣传。), not a statement. */
const LEAD_LENGTH = 16;

/**
 * Whether the lead of the item the statement at `at` stands in names one of `topics`: a short numbered sentence
 * opening its line before it (（三）普法宣传。开展“交通法规进企业”活动9场次), or a short heading line right above its
 * line (（六）普法宣传⏎开展“法治讲堂进社区”活动24场次). What the item then counts is the topic's.
 */
export function itemLeadNames(index: TextIndex, at: number, topics: readonly string[]): boolean {
  const text = index.text;
  const lineStart = index.lineStartOf(at);
  const first = index.sentence(lineStart);
  if (first[1] <= at) return isLead(text, first[0], first[1]) && holdsAny(text.slice(first[0], first[1]), topics);
  if (lineStart === 0) return false;
  const above = index.lineStartOf(lineStart - 1);
  return isHeadingLine(text, above, lineStart - 1) && holdsAny(text.slice(above, lineStart - 1), topics);
}

/** A short sentence opening with an item number, with no clause break: a lead naming the item's topic. */
function isLead(text: string, s: number, e: number): boolean {
  // its length first: a line's first sentence is mostly a statement, too long to copy for every cue after it
  if (trimmedLength(text, s, e) > LEAD_LENGTH) return false;
  const sentence = text.slice(s, e).trim();
  return sentence.length <= LEAD_LENGTH && ITEM_MARK.test(sentence) && !CLAUSE_BREAK.test(sentence);
}

/** A short line opening with an item number and no sentence of its own: a heading. */
function isHeadingLine(text: string, s: number, e: number): boolean {
  if (trimmedLength(text, s, e) > LEAD_LENGTH) return false;
  const line = text.slice(s, e).trim();
  return line.length <= LEAD_LENGTH && ITEM_MARK.test(line) && !HEADING_BREAK.test(line);
}

/** The length of [s, e) without the blanks String#trim takes off its ends, found in place (no copy of the span). */
function trimmedLength(text: string, s: number, e: number): number {
  while (s < e && isTrimmed(text.charCodeAt(s))) s++;
  while (e > s && isTrimmed(text.charCodeAt(e - 1))) e--;
  return e - s;
}

/** What String#trim takes off (WhiteSpace and LineTerminator: the units of \s). */
const isTrimmed = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const CLAUSE_BREAK = /[,，；;]/u;
const HEADING_BREAK = /[,，；;。]/u;

/** A short one-clause sentence opening with an item number: a heading, not a statement (一是落实普法责任制。). */
export function isItemHeading(index: TextIndex, offset: number): boolean {
  const span = index.sentence(offset);
  const s = span[0];
  const e = span[1];
  if (e - s > 40) return false;
  const sentence = index.text.slice(s, e).trim();
  return sentence.length <= 14 && ITEM_MARK.test(sentence) && !/[,，；;]/u.test(sentence);
}
