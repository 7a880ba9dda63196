import { unifyIdeographs } from './cjk-repair.js';

/** What pdf.js gives for a run of text: its string and where it sits (PDF units, origin bottom-left). */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: the text matrix; |d| is the font size for upright text */
  transform: number[];
  width: number;
}

/** One visual line of a page. */
export interface PdfLine {
  text: string;
  /** left end of the first visible character, right end of the last */
  x: number;
  right: number;
  /** baseline, growing upwards */
  y: number;
  /** font size of the line's largest item */
  size: number;
  /** 1-based page number */
  page: number;
}

interface Placed {
  str: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

const fontSize = (t: number[]) => Math.hypot(t[2] ?? 0, t[3] ?? 0) || Math.hypot(t[0] ?? 0, t[1] ?? 0) || 1;

/**
 * A page's items as lines, top to bottom, each line left to right. The content stream's order is
 * usually the reading order, but not always (a footer drawn first, a column of numbers added
 * later); the position is what the reader sees, so lines are rebuilt from it.
 */
export function pageLines(items: PdfTextItem[], page: number): PdfLine[] {
  const placed: Placed[] = [];
  for (const item of items) {
    if (item.str.length === 0) continue;
    const size = fontSize(item.transform);
    const x = item.transform[4] ?? 0;
    placed.push({ str: unifyIdeographs(item.str), x, right: x + item.width, y: item.transform[5] ?? 0, size });
  }
  placed.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Placed[][] = [];
  for (const item of placed) {
    const current = lines[lines.length - 1];
    // Items share a line when their baselines differ by less than half the smaller font (superscripts, mixed fonts).
    if (current && Math.abs(current[0]!.y - item.y) < 0.5 * Math.min(current[0]!.size, item.size)) current.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => toLine(line, page)).filter((line) => line.text.length > 0);
}

function toLine(items: Placed[], page: number): PdfLine {
  items.sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    // A visible gap between runs is a space the layout drew, not one the font encoded.
    if (text.length > 0 && item.x - end > 0.25 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = Math.max(end, item.right);
  }
  const visible = items.filter((i) => i.str.trim().length > 0);
  const first = visible[0] ?? items[0]!;
  return {
    text: text.trim(),
    x: first.x,
    right: Math.max(...visible.map((i) => i.right), first.right),
    y: items[0]!.y,
    size: Math.max(...items.map((i) => i.size)),
    page,
  };
}
