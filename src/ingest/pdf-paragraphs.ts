import type { PdfLine } from './pdf-lines.js';

/**
 * Lines back into paragraphs. A PDF breaks every line where the page ends it, so a sentence (and
 * the figure a cue needs, 审查率 | 100%) is cut wherever it wraps. A line runs on into the next
 * when it fills the text width (short only by a character pushed down with its punctuation, or by a
 * number too wide for the rest of the line) and the next is neither indented (公文 indent each paragraph's
 * first line by two characters) nor numbered, nor far below; a wrapped centred title runs on when
 * both halves are centred. The same test holds across a page break: a paragraph continued on
 * the next page is one paragraph, and any other page break ends one.
 */

/** A numbered heading or item starts a paragraph even when the line before it is full (1. yes, 21.32% no). */
const NUMBERED =
  /^(?:第[一二三四五六七八九十百]+[部分章节条]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\(\d+\)|（\d+）|\d+(?:[．、]|\.(?!\d)))/;

/** The text block's edges and usual line spacing, measured over the whole document. */
interface Frame {
  left: number;
  right: number;
  /** the usual distance between baselines of consecutive lines in a paragraph */
  leading: number;
}

export function joinParagraphs(pages: PdfLine[][]): string {
  const lines = pages.flat();
  if (lines.length === 0) return '';
  const frame = measureFrame(pages);
  const paragraphs: string[] = [lines[0]!.text];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    if (runsOn(prev, line, frame)) paragraphs[paragraphs.length - 1] = joinText(paragraphs.at(-1)!, line.text);
    else paragraphs.push(line.text);
  }
  return paragraphs.join('\n');
}

function runsOn(prev: PdfLine, line: PdfLine, frame: Frame): boolean {
  const size = Math.max(prev.size, line.size);
  if (Math.abs(prev.size - line.size) > 0.15 * size) return false;
  const samePage = prev.page === line.page;
  if (samePage && prev.y - line.y > 1.6 * Math.max(frame.leading, size)) return false;
  if (centred(prev, frame) && centred(line, frame))
    return !/[。！？：；]$/.test(prev.text) && !/^[（(—]/.test(line.text);
  if (NUMBERED.test(line.text)) return false;
  const full = prev.right + 1.5 * size + leadingWordWidth(line.text, size) >= frame.right;
  const indented = line.x > frame.left + 0.8 * size;
  return full && !indented;
}

/**
 * A number or Latin word is not broken: a line ends early when the next one starts with one too
 * wide for the space left (纠错率为 | 21.32%). About half an em per digit or letter.
 */
function leadingWordWidth(text: string, size: number): number {
  const word = /^[A-Za-z0-9.,:%/+-]+/.exec(text)?.[0] ?? '';
  return 0.6 * size * word.length;
}

/** Well inside both edges, and as far from one as from the other. */
function centred(line: PdfLine, frame: Frame): boolean {
  const leftGap = line.x - frame.left;
  const rightGap = frame.right - line.right;
  return leftGap > 1.5 * line.size && rightGap > 1.5 * line.size && Math.abs(leftGap - rightGap) < 1.5 * line.size;
}

/** Joined as written: Chinese needs no space, two Latin words do. */
function joinText(before: string, after: string): string {
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z]/.test(after) ? `${before} ${after}` : before + after;
}

function measureFrame(pages: PdfLine[][]): Frame {
  const lines = pages.flat();
  const left = commonLeft(lines.map((l) => 2 * Math.round(l.x / 2)));
  // Justified text ends every full line at the same place; ragged text's full lines end near its widest.
  const rights = lines.map((l) => l.right).sort((a, b) => a - b);
  const right = rights[Math.floor(0.9 * (rights.length - 1))]!;
  const gaps: number[] = [];
  for (const page of pages)
    for (let i = 1; i < page.length; i++) {
      const gap = page[i - 1]!.y - page[i]!.y;
      if (gap > 0) gaps.push(gap);
    }
  gaps.sort((a, b) => a - b);
  return { left, right, leading: gaps[Math.floor(gaps.length / 2)] ?? 0 };
}

/**
 * The left edge of the text: the leftmost position many lines start at. Not the most common one —
 * where paragraphs are short, more lines start indented than at the margin.
 */
function commonLeft(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  const common = [...counts].filter(([, n]) => n >= 0.1 * xs.length).map(([x]) => x);
  return Math.min(...(common.length > 0 ? common : xs));
}
