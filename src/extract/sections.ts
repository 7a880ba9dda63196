import type { WordSet } from './word-set.js';
import type { Evidence } from '../model/common.js';
import type { SectionDefinition } from '../model/pack.js';
import { holdsAny } from './claim-match.js';
import { withNote } from './evidence-shapes.js';
import { findMarks, topLevel, type Mark } from './heading-levels.js';
import type { TextIndex } from './text-index.js';
import { headingKinds } from './heading-kinds.js';
import { heading, NUMBER, stripNumber, type FoundHeading } from './found-heading.js';
import { ledParts, unnumberedParts } from './led-parts.js';

export { headingKinds };
export type { FoundHeading };

/** Sub-parts under the plan are intentions (推进问题整改 next year), not the part itself. */
const PLAN_KIND = 'next_year_plan';
/** The shortcomings part: its numbered items are problems, not parts. */
const SHORTCOMINGS_KIND = 'shortcomings';
/** A sub-part counts as a part only when its own words are a title, not a paragraph. */
const MAX_TITLE = 40;
/** A sub-part's title counts as a part's only this short (（三）主要负责人履行推进法治建设第一责任人职责情况: 23). */
const MAX_NESTED_TITLE = 30;

/**
 * The report's statutory parts: its top-level headings (by numbering convention, whatever the
 * scheme), classified by the pack's cues, plus sub-parts of a kind the pack lets nest. Reports
 * without numbered headings fall back to short lines and paragraph lead phrases.
 */
export function findSections(index: TextIndex, sections: SectionDefinition[]): FoundHeading[] {
  const text = index.text;
  const marks = findMarks(text, index.sentenceEnds);
  const top = topLevel(marks, (offset) => isTitle(text, offset));
  if (!top) return unnumberedParts(index, sections);

  const parts: FoundHeading[] = [];
  for (let k = 0; k < top.parts.length; k++) {
    const offset = top.parts[k]!.offset;
    parts.push(heading(index, offset, headingText(text, offset), sections));
  }
  const nestable = nestableOf(sections);
  const nested: FoundHeading[] = [];
  if (nestable.length > 0) {
    // by index, not for…of: read once a document, this runs unoptimised for hundreds of documents
    for (let l = top.level + 1; l < marks.length; l++) {
      const level = marks[l]!;
      for (let k = 0; k < level.length; k++) {
        const m = level[k]!;
        const part = containing(parts, m.offset);
        // a plan's items are plans, a shortcoming's are problems ((一)主要负责人履行第一责任人职责，述法的深度还不够)
        if (!part || part.kind === PLAN_KIND || part.kind === SHORTCOMINGS_KIND) continue;
        const found = subPart(index, m, nestable, part);
        if (found && !nestedHasKind(nested, found.kinds)) nested.push(found);
      }
    }
  }
  return parts.concat(nested, ledParts(index, sections, parts)).sort((a, b) => a.offset - b.offset);
}

const nestableCache = new WeakMap<SectionDefinition[], SectionDefinition[]>();

/** The sections that may nest, one list per pack's sections: headingKinds indexes a list's cues once, by the list. */
function nestableOf(sections: SectionDefinition[]): SectionDefinition[] {
  let nestable = nestableCache.get(sections);
  if (!nestable) {
    nestable = sections.filter((s) => s.nested);
    nestableCache.set(sections, nestable);
  }
  return nestable;
}

function subPart(
  index: TextIndex,
  m: Mark,
  nestable: SectionDefinition[],
  part: FoundHeading,
): FoundHeading | undefined {
  const title = headingText(index.text, m.offset);
  // a clearly titled sub-part: a short title (4.推进问题整改,补齐法治短板), not a sentence (（一）镇党委书记、镇长在年终
  // 述职中均将履行法治建设第一责任人职责情况作为专门内容)
  if (title.length > MAX_NESTED_TITLE) return undefined;
  // classified before its evidence is made: most sub-parts name no nestable kind
  if (kindsBeyond(headingKinds(stripNumber(title), nestable), part.kinds).length === 0) return undefined;
  const h = heading(index, m.offset, title, nestable);
  const kinds = clearlyTitled(kindsBeyond(h.kinds, part.kinds), nestable, index.text, m.offset, title);
  if (kinds.length === 0) return undefined;
  const evidence = withNote(h.evidence, `“${part.text}”之下的子标题，计为该部分`);
  return { kind: kinds[0], kinds, offset: h.offset, text: h.text, evidence, nested: true };
}

/** How much of a sub-part's first sentence is read with its title for its nestedCues. */
const LEAD_CHARS = 80;

/**
 * The first sentence after a sub-part's title (4.推进问题整改。针对市委依法治市办反馈的5个问题…), on its line or
 * the next — not when the next line is another heading.
 */
function leadOf(text: string, offset: number, title: string): string {
  let from = offset + title.length;
  while (from < text.length && (isBlank(text.charCodeAt(from)) || text.charCodeAt(from) === 0x3002)) from++;
  if (text.charCodeAt(from) === 0x0a) from++;
  const line = text.slice(from, Math.min(text.length, from + LEAD_CHARS));
  if (NUMBER.test(line)) return '';
  const end = line.search(/[。\n]/u);
  return end < 0 ? line : line.slice(0, end);
}

/** The kinds whose nestedCues (if any) the sub-part's title or first sentence holds: only those make it a part. */
function clearlyTitled(
  kinds: string[],
  nestable: SectionDefinition[],
  text: string,
  offset: number,
  title: string,
): string[] {
  const out: string[] = [];
  let words: string | undefined;
  for (let k = 0; k < kinds.length; k++) {
    const cues = nestedCuesOf(nestable, kinds[k]!);
    // the first sentence is read only for a kind that asks for its words
    if (cues !== undefined) words ??= title + leadOf(text, offset, title);
    if (cues === undefined || holdsAny(words!, cues)) out.push(kinds[k]!);
  }
  return out;
}

function nestedCuesOf(nestable: SectionDefinition[], kind: string): string[] | undefined {
  for (let k = 0; k < nestable.length; k++) if (nestable[k]!.id === kind) return nestable[k]!.nestedCues;
  return undefined;
}

/** The kinds not among `known`, in order. */
function kindsBeyond(kinds: string[], known: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < kinds.length; k++) if (!known.includes(kinds[k]!)) out.push(kinds[k]!);
  return out;
}

/** Whether a sub-part found already names one of the kinds. */
function nestedHasKind(nested: FoundHeading[], kinds: string[]): boolean {
  for (let k = 0; k < nested.length; k++) if (sharesKind(nested[k]!.kinds, kinds)) return true;
  return false;
}

function sharesKind(kinds: string[], others: string[]): boolean {
  for (let k = 0; k < kinds.length; k++) if (others.includes(kinds[k]!)) return true;
  return false;
}

function containing(parts: FoundHeading[], offset: number): FoundHeading | undefined {
  let found: FoundHeading | undefined;
  for (let k = 0; k < parts.length && parts[k]!.offset < offset; k++) found = parts[k];
  return found;
}

/** A single numbered heading reads as a title: its words end the line or a sentence soon, as a heading's do. */
function isTitle(text: string, offset: number): boolean {
  return headingText(text, offset).length <= MAX_TITLE + 4;
}

/** The heading's words: to the end of its line, its first sentence end, or (inline) the first space after them. */
function headingText(text: string, offset: number): string {
  let end = offset;
  const limit = Math.min(text.length, offset + 60);
  // on its own line when only blanks stand between the line start and the heading
  let before = offset - 1;
  while (before >= 0 && isBlank(text.charCodeAt(before))) before--;
  const ownLine = before < 0 || text.charCodeAt(before) === 0x0a;
  while (end < limit) {
    const c = text.charCodeAt(end);
    if (c === 0x0a || c === 0x3002) break;
    // a heading on its own line keeps its spaces (第一部分 主要举措); an inline one ends at the first space after its words
    if (
      !ownLine &&
      isBlank(c) &&
      end - offset >= 4 &&
      !isDigit(text.charCodeAt(end - 1)) &&
      !/[年月日]/u.test(text[end + 1] ?? '')
    )
      break;
    end++;
  }
  return text.slice(offset, end).trim();
}
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The parts a report has, in document order, each with the heading it was found at. A merged
 * heading gives each kind it names (the later ones noted as merged); a nested sub-part gives its
 * kind only when no heading of that kind stands at the top level.
 */
export function sectionList(headings: FoundHeading[]): {
  sections: string[];
  sectionEvidence: Record<string, Evidence>;
} {
  const sections: string[] = [];
  const sectionEvidence: Record<string, Evidence> = {};
  const topKinds = new Set<string>();
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k]!;
    if (!h.nested) for (let i = 0; i < h.kinds.length; i++) topKinds.add(h.kinds[i]!);
  }
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k]!;
    for (let i = 0; i < h.kinds.length; i++) {
      const kind = h.kinds[i]!;
      if (sections.includes(kind) || (h.nested && topKinds.has(kind))) continue;
      sections.push(kind);
      sectionEvidence[kind] =
        i > 0 && !h.nested ? withNote(h.evidence, '合并标题：一个标题同时列明几个部分') : h.evidence;
    }
  }
  return { sections, sectionEvidence };
}

/**
 * The top-level heading each offset lies under (nested sub-parts skipped; undefined in the
 * preamble), found by binary search: a report has many headings and extraction asks for every statement.
 */
export class PartIndex {
  private readonly top: FoundHeading[];
  /** the clearly titled sub-parts (（六）抓好问题整改 under 一、), in order */
  private readonly nested: FoundHeading[];
  /** where the last part ends: an attachment after it (附件：主要指标) is none of its part, else the text's end */
  private readonly end: number;
  constructor(headings: FoundHeading[], text?: string, words?: { correction: WordSet; attachment: WordSet }) {
    const top: FoundHeading[] = [];
    const nested: FoundHeading[] = [];
    for (let k = 0; k < headings.length; k++) (headings[k]!.nested ? nested : top).push(headings[k]!);
    this.top = top.sort((a, b) => a.offset - b.offset);
    this.nested = nested.sort((a, b) => a.offset - b.offset);
    const last = top[top.length - 1]?.offset ?? 0;
    this.end =
      text === undefined || top.length === 0
        ? Infinity
        : words === undefined
          ? Infinity
          : // (the note's own label may be the last heading found: 四、更正说明 — looked for from the break before it)
            Math.min(
              attachmentStart(text, last, words.attachment),
              noteStart(text, Math.max(0, last - 1), words.correction),
            );
  }
  at(offset: number): FoundHeading | undefined {
    if (offset >= this.end) return undefined;
    let lo = 0;
    let hi = this.top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.top[mid]!.offset <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.top[lo - 1] : undefined;
  }

  /**
   * The clearly titled sub-part an offset lies in: the last one before it, with no top-level heading between (it runs
   * on to the next heading found); undefined when none.
   */
  subPartAt(offset: number): FoundHeading | undefined {
    let found: FoundHeading | undefined;
    for (let k = 0; k < this.nested.length && this.nested[k]!.offset <= offset; k++) found = this.nested[k];
    if (found === undefined || offset >= this.end) return undefined;
    const part = this.at(offset);
    return part !== undefined && part.offset > found.offset ? undefined : found;
  }
}

/**
 * Where an attachment opens after `from`: a line starting with an attachment word (vocabulary `attachment`: 附件, 附表)
 * and then a colon, a number, a blank or the line's end (附件：2024年度主要指标, 附件1, 附表 2025年主要指标完成情况). The
 * tables it holds are the year's data, no part of the plan before it. Infinity if none.
 */
function attachmentStart(text: string, from: number, words: WordSet): number {
  LINE_OPENING.lastIndex = from;
  for (let m = LINE_OPENING.exec(text); m; m = LINE_OPENING.exec(text)) {
    const at = m.index + m[0].length;
    const word = words.at(text, at);
    if (word !== undefined && (at + word.length === text.length || AFTER_ATTACHMENT.test(text[at + word.length]!)))
      return m.index + 1;
  }
  return Infinity;
}

/** A line's start past its blanks. */
const LINE_OPENING = /\n[ \t\u3000]*/gu;
/** What follows an attachment word that opens its title: a colon, a number, a blank or the line's end. */
const AFTER_ATTACHMENT = /[：:0-9０-９一二三四五六七八九十 \t\u3000\n]/u;

/**
 * Where a note correcting the report's figures opens after `from`: a line led by a short label holding a correcting word
 * and a colon (更正说明：, 勘误：, 数据更正：; vocabulary `correction`), or such a label as a line of its own, numbered
 * as a part or not (四、更正说明), or any short label whose note opens with one (说明：经核实，…). Like an attachment, it is none of the plan
 * before it: its figures are the year's. Infinity if none.
 */
function noteStart(text: string, from: number, notes: WordSet): number {
  NOTE_LABEL.lastIndex = from;
  for (let m = NOTE_LABEL.exec(text); m; m = NOTE_LABEL.exec(text)) {
    // (or a plain label, 说明：/ 注：, whose note opens with a correcting word: 说明：经核实，…)
    const after = m.index + m[0].length;
    if (notes.anyWithin(m[1]!, 0, m[1]!.length) || notes.at(text, after) !== undefined) return m.index + 1;
  }
  return Infinity;
}

// (a label and its colon, or a line of its own, maybe numbered as a part or appended with 附: 四、更正说明; （五）数据勘误;
// 附：更正说明)
const NOTE_LABEL =
  /\n[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[）)]|附[：:]?)?[ \t\u3000]*(\p{Script=Han}{1,6})(?:[：:]|[ \t\u3000]*(?=\n))/gu;

/** The kind of part an offset lies in; undefined in the preamble or an unnamed part. */
export function sectionAt(headings: FoundHeading[], offset: number): string | undefined {
  return new PartIndex(headings).at(offset)?.kind;
}
