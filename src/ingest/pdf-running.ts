import type { PdfLine } from './pdf-lines.js';

/**
 * Running headers, footers and page numbers: printed on every page, part of no sentence. Left in,
 * 第 3 页 共 5 页 would sit in the middle of a paragraph that runs over the page break, and a
 * header repeating the title would be read as a heading on every page.
 */

/** How many lines at each edge of a page are candidates. */
const EDGE_LINES = 2;

/** Page numbers as printed: 3, - 3 -, —3—, 第 3 页, 第 3 页 共 5 页, 第3页/共5页, 3/5, Page 3 of 5. */
const PAGE_NUMBER = new RegExp(
  `^(?:${[
    String.raw`[-—–－~·\s]*\d{1,4}[-—–－~·\s]*`,
    String.raw`第\s*\d{1,4}\s*页\s*[,，/／]?\s*(?:共\s*\d{1,4}\s*页)?`,
    String.raw`\d{1,4}\s*[/／]\s*\d{1,4}`,
    String.raw`page\s*\d{1,4}(?:\s*of\s*\d{1,4})?`,
  ].join('|')})$`,
  'i',
);

/** A line's text with the parts that change from page to page (numbers, spacing) made equal. */
const shape = (line: PdfLine) => line.text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** The pages without their running lines. A line repeated at the same place on most pages is one. */
export function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const repeated = repeatedEdgeLines(pages);
  return pages.map((lines) =>
    lines.filter((line, i) => {
      const atEdge = i < EDGE_LINES || i >= lines.length - EDGE_LINES;
      if (!atEdge) return true;
      if (PAGE_NUMBER.test(line.text)) return false;
      const y = repeated.get(shape(line));
      return y === undefined || Math.abs(line.y - y) > line.size;
    }),
  );
}

/** Shapes found at a page edge on at least half the pages (and two), with the baseline they have there. */
function repeatedEdgeLines(pages: PdfLine[][]): Map<string, number> {
  const seen = new Map<string, { pages: Set<number>; ys: number[] }>();
  pages.forEach((lines, page) => {
    const edge = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
    for (const line of edge) {
      const key = shape(line);
      const entry = seen.get(key) ?? { pages: new Set<number>(), ys: [] };
      entry.pages.add(page);
      entry.ys.push(line.y);
      seen.set(key, entry);
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const running = new Map<string, number>();
  for (const [key, { pages: on, ys }] of seen) {
    // The title on page 1 may read like the header above it: only the header's own position counts.
    if (on.size >= needed) running.set(key, median(ys));
  }
  return running;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
