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
  /(\d{1,2})(?:、|[．.](?![\d%％]))/gu,
  /[（(](\d{1,2})[）)]/gu,
];

/** A numbered heading mark: its level (index into SCHEMES), its number and where it starts. */
export interface Mark {
  level: number;
  n: number;
  offset: number;
}

const WORD = /[\p{Script=Han}A-Za-z0-9]/u;

/**
 * Where a heading may start: the text's start, a line start, or after a sentence end (兴宁's
 * report is one long line with inline headings). Not after ；: “…；二、…” continues an
 * enumeration inside a sentence.
 */
const isBoundary = (c: number) =>
  c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
const STICKY = SCHEMES.map((s) => new RegExp(s.source, 'uy'));
/** The schemes a heading's first character can start: 第 → 第一部分, a bracket → （一）/（1）, a digit → 1., a numeral → 一、. */
const BY_FIRST = new Map<number, number[]>([
  [0x7b2c, [0]],
  [0xff08, [2, 4]],
  [0x28, [2, 4]],
  ...[...'一二三四五六七八九十'].map((c) => [c.charCodeAt(0), [1]] as [number, number[]]),
  ...[...'0123456789'].map((c) => [c.charCodeAt(0), [3]] as [number, number[]]),
]);
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;

/** The level (index into SCHEMES) of a heading mark starting at `p`, or undefined when none does. */
export function markLevelAt(text: string, p: number): number | undefined {
  const schemes = BY_FIRST.get(text.charCodeAt(p));
  if (schemes === undefined) return undefined;
  for (let k = 0; k < schemes.length; k++) {
    const re = STICKY[schemes[k]!]!;
    re.lastIndex = p;
    if (re.test(text)) return schemes[k];
  }
  return undefined;
}

/**
 * Every mark of every scheme that starts a line or follows a sentence end and has words after
 * it. Only those positions are tried, each against the schemes its first character can start.
 * `sentenceEnds` (ascending, as TextIndex finds them) spares a pass over the whole text: the
 * boundaries are those sentence ends that are not semicolons.
 */
export function findMarks(text: string, sentenceEnds?: readonly number[]): Mark[][] {
  const marks: Mark[][] = [];
  for (let k = 0; k < SCHEMES.length; k++) marks.push([]);
  const tryAt = (from: number) => {
    let at = from;
    while (at < text.length && isBlank(text.charCodeAt(at))) at++;
    // a sentence end closing the text: a read past its end made V8 drop this function's optimised code
    if (at >= text.length) return;
    const levels = BY_FIRST.get(text.charCodeAt(at));
    if (!levels) return;
    for (let k = 0; k < levels.length; k++) {
      const level = levels[k]!;
      const re = STICKY[level]!;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      // a heading has words after its number, not another number or a list separator
      if (!wordFollows(text, at + m[0].length)) continue;
      const n = parseNumeral(m[1]!);
      if (n !== undefined) marks[level]!.push({ level, n, offset: at });
    }
  };
  tryAt(0);
  if (sentenceEnds) {
    // by index, not for…of: read once a document, this runs unoptimised for hundreds of documents
    for (let k = 0; k < sentenceEnds.length; k++)
      if (isBoundary(text.charCodeAt(sentenceEnds[k]!))) tryAt(sentenceEnds[k]! + 1);
    return marks;
  }
  // a character loop, not a regex: no match object per sentence end
  for (let i = 0; i < text.length; i++) if (isBoundary(text.charCodeAt(i))) tryAt(i + 1);
  return marks;
}

/** Which BMP characters are words (WORD), filled in as they are met: 0 unknown, 1 yes, 2 no. */
const WORD_CHARS = new Uint8Array(65536);

/** Whether a word character stands in the 20 characters from `from`, before a line break. */
function wordFollows(text: string, from: number): boolean {
  const end = Math.min(text.length, from + 20);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return false;
    // a surrogate pair (a rare Han character) is read as the regex reads it
    if (c >= 0xd800 && c <= 0xdfff) return WORD.test(text.slice(from, end).split('\n')[0]!);
    let known = WORD_CHARS[c]!;
    if (known === 0) WORD_CHARS[c] = known = WORD.test(text[i]!) ? 1 : 2;
    if (known === 1) return true;
  }
  return false;
}

/** Marks 1, 2, 3 … of one level in document order (a later 1 restarts nothing: the first run is kept). */
export function sequence(marks: Mark[]): Mark[] {
  const seq: Mark[] = [];
  for (let k = 0; k < marks.length; k++) if (marks[k]!.n === seq.length + 1) seq.push(marks[k]!);
  return seq;
}

/**
 * The report's parts: the highest numbering level with a run 1, 2 … — or with a single 1 that
 * reads as a title (a report whose only visible part is “一、…” with （一）（二） under it has one
 * part, not as many parts as sub-parts). Below 一、 a lone mark must head a run of its own
 * sub-parts to count. Undefined when no level is numbered.
 */
export function topLevel(
  marks: Mark[][],
  isTitle: (offset: number) => boolean,
): { level: number; parts: Mark[] } | undefined {
  for (let level = 0; level < marks.length; level++) {
    const seq = sequence(marks[level]!);
    if (seq.length >= 2) return { level, parts: seq };
    // an excerpt's one part numbered on from parts not shown (三、下步打算 over （一）（二）): a part, as 一、 alone is
    const lone = marks[level]!;
    if (seq.length === 0 && level <= 1 && lone.length === 1 && isTitle(lone[0]!.offset)) return { level, parts: lone };
    if (seq.length === 1 && isTitle(seq[0]!.offset)) {
      const first = seq[0]!;
      // 第一部分 / 一、 as a title is a part even alone; a lone （一） or 1. needs sub-parts to be one
      if (level <= 1) return { level, parts: seq };
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
