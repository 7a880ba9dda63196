import { parseNumeral } from './numbers.js';

/**
 * Heading numbering conventions of Chinese official documents, highest level first:
 * 第一部分 > 一、 > （一） > 1. > （1）. A report's parts are the highest level it uses; the
 * levels below are its sub-parts (they restart their numbering in every part).
 */
export const SCHEMES: readonly RegExp[] = [
  /第([一二三四五六七八九十]{1,3})部分/gu,
  /([一二三四五六七八九十]{1,3})[、．.]/gu,
  /[（(]([一二三四五六七八九十]{1,3})[）)]/gu,
  /(\d{1,2})[、．.](?![\d%％])/gu,
  /[（(](\d{1,2})[）)]/gu,
];

/** A numbered heading mark: its level (index into SCHEMES), its number and where it starts. */
export interface Mark {
  level: number;
  n: number;
  offset: number;
}

/** Ends a sentence: a heading may follow it inline (兴宁's report is one long line). */
const SENTENCE_END = new Set(['。', '；', ';', '！', '!', '？', '?']);
const BLANK = new Set([' ', '\t', '\u3000', '\u00a0']);
const WORD = /[\p{Script=Han}A-Za-z0-9]/u;

/** Every mark of every scheme that starts a line or follows a sentence end and has words after it. */
export function findMarks(text: string): Mark[][] {
  return SCHEMES.map((scheme, level) => {
    const marks: Mark[] = [];
    const re = new RegExp(scheme.source, scheme.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!atHeadingStart(text, m.index)) continue;
      // a heading has words after its number, not another number or a list separator
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 20).split('\n')[0]!;
      if (!WORD.test(rest)) continue;
      const n = parseNumeral(m[1]!);
      if (n !== undefined) marks.push({ level, n, offset: m.index });
    }
    return marks;
  });
}

export function atHeadingStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && BLANK.has(text[i]!)) i--;
  return i < 0 || text[i] === '\n' || SENTENCE_END.has(text[i]!);
}

/** Marks 1, 2, 3 … of one level in document order (a later 1 restarts nothing: the first run is kept). */
export function sequence(marks: Mark[]): Mark[] {
  const seq: Mark[] = [];
  for (const m of marks) if (m.n === seq.length + 1) seq.push(m);
  return seq;
}

/**
 * The report's parts: the highest numbering level with a run 1, 2 … — or with a single 1 that
 * heads the next level's run (a report whose only visible part is “一、…” with （一）（二） under
 * it has one part, not as many parts as sub-parts). Undefined when no level is numbered.
 */
export function topLevel(text: string, marks: Mark[][], isTitle: (offset: number) => boolean): { level: number; parts: Mark[] } | undefined {
  for (let level = 0; level < marks.length; level++) {
    const seq = sequence(marks[level]!);
    if (seq.length >= 2) return { level, parts: seq };
    if (seq.length === 1 && isTitle(seq[0]!.offset)) {
      const first = seq[0]!;
      // its sub-parts: the first lower level with a run starting after it
      for (let lower = level + 1; lower < marks.length; lower++) {
        const sub = sequence(marks[lower]!.filter((m) => m.offset > first.offset));
        if (sub.length >= 1) {
          if (sub.length >= 2 || isTitle(sub[0]!.offset)) return { level, parts: seq };
          break;
        }
      }
    }
  }
  return undefined;
}
