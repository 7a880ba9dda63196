import type { Evidence } from '../model/common.js';
import type { SectionDefinition } from '../model/pack.js';
import { parseNumeral } from './numbers.js';
import type { TextIndex } from './text-index.js';

/** A part heading found in the text. */
export interface FoundHeading {
  kind: string;
  /** offset of the heading's first character; the part runs to the next heading */
  offset: number;
  text: string;
  evidence: Evidence;
}

/**
 * Heading numbering schemes, highest level first. A part's heading starts a line or follows
 * a sentence end (兴宁's report is one long line with inline headings).
 */
const SCHEMES: RegExp[] = [
  /第([一二三四五六七八九十]{1,3})部分/gu,
  /([一二三四五六七八九十]{1,3})[、．.]/gu,
  /[（(]([一二三四五六七八九十]{1,3})[）)]/gu,
  /(\d{1,2})[、．.](?!\d)/gu,
];
const STARTS_HEADING = /[。；;！？!?]\s*$/u;

interface Candidate {
  n: number;
  offset: number;
}

/** The report's statutory parts: top-level headings (whatever their numbering), classified by the pack's cues. */
export function findSections(index: TextIndex, sections: SectionDefinition[]): FoundHeading[] {
  const text = index.text;
  for (const scheme of SCHEMES) {
    const seq = topLevelSequence(text, scheme);
    if (seq.length >= 2) return seq.map((c) => classify(index, c.offset, headingText(text, c.offset), sections));
  }
  // No numbered parts: short lines that carry a section cue are headings (e.g. Word's own numbering was lost).
  const found: FoundHeading[] = [];
  for (let line = 1; line <= index.lineCount; line++) {
    const raw = index.lineText(line);
    const t = raw.trim();
    if (t.length === 0 || t.length > 30 || /[。；;，,]$/.test(t)) continue;
    const h = classify(index, text.indexOf(t, index.lineStart(line)), t, sections);
    if (h.kind !== 'other') found.push(h);
  }
  return found;
}

/** Headings 1, 2, 3 … of one scheme in document order, each at a line start or after a sentence end. */
function topLevelSequence(text: string, scheme: RegExp): Candidate[] {
  const seq: Candidate[] = [];
  scheme.lastIndex = 0;
  for (let m = scheme.exec(text); m; m = scheme.exec(text)) {
    const n = parseNumeral(m[1]!);
    if (n !== seq.length + 1) continue;
    if (!atHeadingStart(text, m.index)) continue;
    // a heading has words after its number, not another number or a list separator
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 20).split('\n')[0]!;
    if (!/[\p{Script=Han}A-Za-z0-9]/u.test(rest)) continue;
    seq.push({ n, offset: m.index });
  }
  return seq;
}

function atHeadingStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000' || text[i] === '\u00a0')) i--;
  if (i < 0 || text[i] === '\n') return true;
  return STARTS_HEADING.test(text.slice(Math.max(0, i - 1), i + 1));
}

/** The heading's words: to the end of its line, its first sentence end, or (inline) the first space after them. */
function headingText(text: string, offset: number): string {
  let end = offset;
  const limit = Math.min(text.length, offset + 60);
  const ownLine = offset === 0 || text.lastIndexOf('\n', offset - 1) >= text.slice(0, offset).trimEnd().length - 1;
  while (end < limit) {
    const c = text[end]!;
    if (c === '\n' || c === '。') break;
    // a heading on its own line keeps its spaces (第一部分 主要举措); an inline one ends at the first space after its words
    if (!ownLine && /\s/u.test(c) && end - offset >= 4 && !/\d/.test(text[end - 1]!) && !/[年月日]/u.test(text[end + 1] ?? '')) break;
    end++;
  }
  return text.slice(offset, end).trim();
}

function classify(index: TextIndex, offset: number, heading: string, sections: SectionDefinition[]): FoundHeading {
  let kind = 'other';
  for (const s of sections) {
    if (s.notCues?.some((c) => heading.includes(c))) continue;
    if (s.cues.some((c) => heading.includes(c))) {
      kind = s.id;
      break;
    }
  }
  return { kind, offset, text: heading, evidence: index.evidence(offset, offset + heading.length) };
}

/** The kind of part an offset lies in; text before the first heading is the preamble (undefined). */
export function sectionAt(headings: FoundHeading[], offset: number): string | undefined {
  let kind: string | undefined;
  for (const h of headings) {
    if (h.offset > offset) break;
    kind = h.kind;
  }
  return kind;
}
