import { lineEnd } from './line-spans.js';
import { isSpacedRow } from './table-frame.js';
import type { TextIndex } from './text-index.js';

/*
 * Whether a cue's line is a table's row (table-columns.ts reads its columns): a cheap look around the cue first, as it
 * runs for every cue hit — a divider soon after the cue, or before it on its line for a cue in a later cell.
 */

/**
 * The cue's line as a table's row: its number, start, end, and whether single blanks divide its cells; undefined when
 * it is none (the cheap look first, as this runs for every cue hit: a cell's divider soon after the cue).
 */
export function rowDivided(
  index: TextIndex,
  cueStart: number,
  cueEnd: number,
): [number, number, number, boolean] | undefined {
  const text = index.text;
  const soon = text.slice(cueEnd, cueEnd + LABEL_REST);
  // (or the row's last cell: a divider before the cue on its line, 行政复议纠错｜12｜撤销8件、确认违法4件)
  const divided = DIVIDER_SOON.test(soon) || lastCellDivider(text, cueStart);
  if (!divided && !BLANK_FIGURE_SOON.test(soon)) return undefined;
  const line = index.position(cueStart).line;
  const ls = index.lineStart(line);
  const le = lineEnd(text, ls);
  // a row single blanks divide (人民调解成功率 98.6% 99.2%) is read as a table's only under a header of its kind (项目
  // 2024年 2025年): blanks between words are common in text taken from a PDF
  const spaced = !divided && isSpacedRow(text, ls, le);
  return divided || spaced ? [line, ls, le, spaced] : undefined;
}

/** How far after a cue the label's cell may end (行政执法人员培训（人次）: the unit in brackets, a few words). */
const LABEL_REST = 16;

/** Whether a bar divides the cue's line before it, within LAST_CELL_REACH characters (the cue in a later cell). */
function lastCellDivider(text: string, cueStart: number): boolean {
  for (let i = cueStart - 1; i >= Math.max(0, cueStart - LAST_CELL_REACH); i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return false;
    if (c === 0xff5c || c === 0x7c) return true;
  }
  return false;
}
const LAST_CELL_REACH = 24;
const DIVIDER_SOON = /[｜|\t]|[ \u3000]{2}/u;
/** A single blank and a figure soon after a cue: maybe a row single blanks divide (isSpacedRow). */
const BLANK_FIGURE_SOON = /[ \u3000][\d０-９]/u;
