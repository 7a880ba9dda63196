import type { SectionDefinition } from '../model/pack.js';
import { heading, type FoundHeading } from './found-heading.js';
import { headingKinds } from './heading-kinds.js';
import { ITEM_MARK } from './item-mark.js';
import type { TextIndex } from './text-index.js';

/*
 * Parts a report marks by how a line opens rather than by a number: the only parts of a report without numbered
 * headings (Word's own numbering lost), and, in a numbered report, the parts its numbered headings do not name.
 */

/** No numbered parts: short lines or paragraph lead phrases (存在的问题：…, 存在的问题。…) that name a part. */
export function unnumberedParts(index: TextIndex, sections: SectionDefinition[]): FoundHeading[] {
  return partsLedBy(index, sections, looseTitle);
}

/**
 * Lines a numbered report opens with a short lead and a colon, or that are a short title alone, naming a part its
 * numbered headings do not (1.…2.…⏎存在问题：…⏎下步打算：…; 下一年度工作打算⏎一、…二、…): parts too, each kind once.
 */
export function ledParts(index: TextIndex, sections: SectionDefinition[], parts: FoundHeading[]): FoundHeading[] {
  const named = new Set<string>();
  for (let k = 0; k < parts.length; k++) for (const kind of parts[k]!.kinds) named.add(kind);
  return partsLedBy(index, sections, strictTitle, named);
}

/**
 * The lines whose title (by `titleOf`) names a part; with `named`, only kinds not named yet, each once. The document's
 * own title (…2024年法治政府建设工作计划), as the first line's, names the whole, not a part: it is looked for in the
 * short title only (the pattern on a long line would backtrack over it).
 */
function partsLedBy(
  index: TextIndex,
  sections: SectionDefinition[],
  titleOf: (line: string) => string | undefined,
  named?: Set<string>,
): FoundHeading[] {
  const found: FoundHeading[] = [];
  let first = true;
  for (let line = 1; line <= index.lineCount; line++) {
    const raw = index.lineText(line);
    const t = raw.trim();
    if (t.length === 0) continue;
    const title = titleOf(t);
    const opening = first;
    first = false;
    if (title === undefined || (opening && DOCUMENT_TITLE.test(title))) continue;
    let kinds = headingKinds(title, sections);
    if (named) kinds = kinds.filter((kind) => !named.has(kind));
    if (kinds.length === 0) continue;
    const h = heading(index, index.lineStart(line) + raw.indexOf(t), title, sections);
    found.push(named ? { ...h, kind: kinds[0], kinds } : h);
    if (named) for (const kind of kinds) named.add(kind);
  }
  return found;
}

/** A document title: a year and what the document is (报告, 总结, 要点, 计划) at its end. */
const DOCUMENT_TITLE = /(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年.*(?:报告|总结|要点|计划)$/u;

/** Unnumbered reports: a heading line is short; a paragraph may open with a lead phrase (存在的问题：…). */
const MAX_HEADING_LINE = 30;
const MAX_LEAD = 25;

/** A report without numbers: a short line not ending as a sentence does, or a lead before a colon or full stop. */
function looseTitle(line: string): string | undefined {
  if (line.length <= MAX_HEADING_LINE && !SENTENCE_END.test(line)) return line;
  // a paragraph opening with what it is about (在存在的不足方面，…; 二是主要负责人履职方面，…) — not a few words and a
  // comma (下一步，…: the sets read a lone such line as no part)
  const about = ABOUT_LEAD.exec(line);
  if (about) return about[1];
  // (read in the line's first MAX_LEAD + 1 characters: a longer lead counts for nothing, and a line of megabytes with no
  // mark overflowed the pattern's backtracking stack)
  const lead = LOOSE_LEAD.exec(line.slice(0, MAX_LEAD + 1));
  // a lead telling what was done (年初镇里制定了法治建设工作计划：…) is a sentence's, no part's name
  return lead && lead[1]!.length <= MAX_LEAD && !lead[1]!.includes(DONE_PARTICLE) ? lead[1] : undefined;
}

/** 在…方面， / 一是…方面， opening a paragraph: the words between name what it is about. */
const ABOUT_LEAD = /^(?:[一二三四五六七八九十]是)?在?([^。；;，,：:！？!?]{2,20}?)方面[，,：:。]/u;

/** The aspect particle of a thing done (制定了): a title names a topic, it tells no action. */
const DONE_PARTICLE = '了';

const SENTENCE_END = /[。；;，,]$/u;
const LOOSE_LEAD = /^([^。；;，,：:！？!?]{2,})[：:。]/u;

/** A lead with a colon opening a line counts as a part only this short (存在问题：, 下步打算：, 第一责任人履职：). */
const MAX_COLON_LEAD = 10;

/**
 * A numbered report: a short lead and a colon (存在问题：…), or the whole line when it is short, no sentence and no
 * numbered heading (下一年度工作打算 over numbered items). Most lines, neither short nor led by a colon soon, are passed
 * over without a pattern.
 */
function strictTitle(line: string): string | undefined {
  if (line.length > MAX_COLON_LEAD + 2 && !colonSoon(line)) return undefined;
  const lead = COLON_LEAD.exec(line);
  if (lead) return lead[1]!.length <= MAX_COLON_LEAD ? lead[1] : undefined;
  return line.length >= 2 &&
    line.length <= MAX_COLON_LEAD &&
    !SENTENCE_MARK.test(line) &&
    !ITEM_MARK.test(line) &&
    !ORDINAL.test(line)
    ? line
    : undefined;
}

/** Marks of a sentence, not a title (a digit opens or holds a figure, or a numbered heading read by its level). */
const SENTENCE_MARK = /[。；;，,！？!?、\d]/u;
/** 第一部分…: a numbered heading, read by its level. */
const ORDINAL = /^第[一二三四五六七八九十]+/u;

/** Whether a colon stands where a short lead's would (within MAX_COLON_LEAD + 1 characters). */
function colonSoon(t: string): boolean {
  const end = Math.min(t.length, MAX_COLON_LEAD + 1);
  for (let i = 2; i < end; i++) if (t.charCodeAt(i) === 0xff1a || t.charCodeAt(i) === 0x3a) return true;
  return false;
}

/** A line's lead ending in a colon (存在问题：…), its words only. */
const COLON_LEAD = /^([^。；;，,：:！？!?\s]{2,})[：:]/u;
