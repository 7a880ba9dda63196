import type { TextIndex } from './text-index.js';

/*
 * A table copied as text is a block of lines whose cells a tab or a bar divides (受理｜121⏎审结｜118⏎其中：撤销｜7):
 * its rows are one statement's items, as a sentence's list is — and none of them is a sentence of its own.
 */

/** How many rows above or below a row the block is looked through at most. */
const ROWS_REACH = 16;
const CELL_DIVIDER = /[\t|｜]/u;

/** Whether the text [from, to) (a line) is a table's row: it holds a tab or a bar. */
export function isTableRow(text: string, from: number, to: number): boolean {
  return CELL_DIVIDER.test(text.slice(from, to));
}

/** The first line above `line` that is no table row, within reach (a table's caption), or undefined. */
export function captionLine(index: TextIndex, line: number): number | undefined {
  const text = index.text;
  for (let l = line - 1; l >= Math.max(1, line - ROWS_REACH); l--)
    if (!isTableRow(text, index.lineStart(l), index.lineStart(l + 1))) return l;
  return undefined;
}

/** The span of the table rows around the row holding `offset`, or undefined when its line is no table's row. */
export function tableBlock(index: TextIndex, offset: number): [number, number] | undefined {
  const text = index.text;
  const line = index.position(offset).line;
  if (!isTableRow(text, index.lineStart(line), index.lineStart(line + 1))) return undefined;
  let first = line;
  while (first > Math.max(1, line - ROWS_REACH) && isTableRow(text, index.lineStart(first - 1), index.lineStart(first)))
    first--;
  let last = line;
  while (
    last < line + ROWS_REACH &&
    index.lineStart(last + 1) < text.length &&
    isTableRow(text, index.lineStart(last + 1), index.lineStart(last + 2))
  )
    last++;
  return [index.lineStart(first), index.lineStart(last + 1)];
}
