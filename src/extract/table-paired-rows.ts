import { Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { cellValue } from './cell-values.js';
import type { TextIndex } from './text-index.js';

/*
 * A table row whose label names two things, slash between, one figure each (应出庭／实际出庭（件）｜27｜26): each name's
 * figure is its own cell's (out of table-columns.ts).
 */

/** The note every figure a table's cell gives carries. */
export const TABLE_NOTE = '表格所列';
/** A label's unit in brackets, closing it (执法人员培训（人次）). */
export const LABEL_UNIT = /[（(]([^（）()]{1,3})[）)]\s*$/u;

/**
 * A label naming as many things as the row has figures, slash between (应出庭／实际出庭（件）｜27｜26): the cell of the
 * name the cue stands in ([] when it holds no value of the fact); undefined when the label names one thing, or a
 * header names years (the cells are then years, not the names).
 */
export function pairedRowFigure(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  row: Array<[number, number]>,
  header: Array<[number, number]> | undefined,
  cueStart: number,
  ls: number,
): FactMatch[] | undefined {
  const text = index.text;
  if (header !== undefined && YEAR_TEST.test(text.slice(header[0]![0], header[header.length - 1]![1])))
    return undefined;
  const part = pairedCell(text.slice(row[0]![0], row[0]![1]), cueStart - row[0]![0], row.length - 1);
  if (part < 0) return undefined;
  const cell = row[part + 1]!;
  const value = cellValue(x, text.slice(cell[0], cell[1]));
  if (value === undefined) return [];
  return [cellMatch(index, ctx, value, cell, ls, cueStart)];
}

/**
 * Which of a label's slash-divided names the cue at `at` stands in, when the label names exactly `figures` things (应出庭
 * ／实际出庭（件）, 受理/调解成功): its index, else -1.
 */
function pairedCell(label: string, at: number, figures: number): number {
  const names = label.replace(LABEL_UNIT, '').split(SLASH);
  if (names.length < 2 || names.length !== figures) return -1;
  let end = 0;
  for (let k = 0; k < names.length; k++) {
    end += names[k]!.length + 1;
    if (at < end) return k;
  }
  return -1;
}
const SLASH = /[／/]/u;
const YEAR_TEST = /(?:19|20)\d\d/u;

/** The statement a table's cell gives: its figure, quoted from the row's start to the cell's end, noted as a table's. */
export function cellMatch(
  index: TextIndex,
  ctx: ClaimContext,
  value: number,
  cell: [number, number],
  rowStart: number,
  cueStart: number,
): Match {
  return new Match(
    value,
    cell[0],
    ctx,
    rowStart,
    cueStart,
    quote(index, rowStart, cell[1], cueStart, cell[1], false, TABLE_NOTE),
  );
}
