import type { ClaimWords } from './claim-words.js';
import { lineEnd } from './line-spans.js';
import type { TextIndex } from './text-index.js';
import type { WordSet } from './word-set.js';

/*
 * A table's frame as its lines give it: a row's cells, the header above it, and the columns that hold no figure of the
 * row's — a numbering column (序号), a column of units (单位) and one of remarks (备注) — taken out so the row reads as its
 * label and its figures (table-columns.ts reads those).
 */

const DIGIT = /\d/u;

/**
 * The row and its header with the cells of the columns the header names units or remarks taken out (vocabulary
 * unitColumn, remarkColumn: 项目｜单位｜数量｜备注 over 行政应诉案件｜件｜41｜ is 行政应诉案件｜41), and the unit cell's unit;
 * undefined when the row's table has neither.
 */
export function withoutSideColumns(
  index: TextIndex,
  w: ClaimWords,
  row: Array<[number, number]>,
  header: Array<[number, number]> | undefined,
): { row: Array<[number, number]>; header: Array<[number, number]>; unit: string | undefined } | undefined {
  if ((w.unitColumn.size === 0 && w.remarkColumn.size === 0) || row.length < MIN_CELLS) return undefined;
  if (header === undefined) return undefined;
  const text = index.text;
  const side = new Set<number>();
  let unit: string | undefined;
  for (let k = 1; k < header.length && k < row.length; k++) {
    const name = text.slice(header[k]![0], header[k]![1]).trim();
    if (isWholeWord(w.remarkColumn, name)) side.add(k);
    else if (isWholeWord(w.unitColumn, name)) {
      const cell = text.slice(row[k]![0], row[k]![1]).trim();
      // a figure under the units' heading: no table of units
      if (DIGIT.test(cell)) return undefined;
      side.add(k);
      unit = cell;
    }
  }
  // only a side column left beside the label: nothing to read
  if (side.size === 0 || side.size >= row.length - 1) return undefined;
  return { row: row.filter((_, k) => !side.has(k)), header: header.filter((_, k) => !side.has(k)), unit };
}

/**
 * The row and its header without a first column the header names a numbering one (vocabulary serialColumn: 序号 over
 * 1｜执法人员培训｜场次｜9), when the row's first cell is a bare number; undefined otherwise.
 */
export function withoutSerialColumn(
  index: TextIndex,
  w: ClaimWords,
  line: number,
  row: Array<[number, number]>,
): { row: Array<[number, number]>; header: Array<[number, number]> } | undefined {
  if (w.serialColumn.size === 0 || row.length < MIN_CELLS) return undefined;
  const text = index.text;
  if (!SERIAL_NUMBER.test(text.slice(row[0]![0], row[0]![1]).trim())) return undefined;
  const header = headerAbove(index, w, line, row.length);
  if (header === undefined || !isWholeWord(w.serialColumn, text.slice(header[0]![0], header[0]![1]).trim()))
    return undefined;
  return { row: row.slice(1), header: header.slice(1) };
}

/** A row's number in a numbering column: 1, 12, 一, 十二. */
const SERIAL_NUMBER = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．]?$/u;

/** A row's label, with the unit its column of units gives in brackets after it (行政应诉案件（件）). */
export function withUnit(text: string, row: Array<[number, number]>, unit: string | undefined): string {
  const label = text.slice(row[0]![0], row[0]![1]);
  return unit ? `${label}（${unit}）` : label;
}

/** The unit a row's cell under a column of units gives, if its table has one. */
export function rowUnit(
  index: TextIndex,
  w: ClaimWords,
  row: Array<[number, number]>,
  header: Array<[number, number]> | undefined,
): string | undefined {
  return withoutSideColumns(index, w, row, header)?.unit;
}

/** Whether a cell's text is one of the words, whole. */
const isWholeWord = (words: WordSet, cell: string) => cell.length > 0 && words.at(cell, 0) === cell;

/** A label and at least two figures. */
export const MIN_CELLS = 3;
/** How many lines above a row its header may stand (the rows between are the table's). */
const HEADER_REACH = 12;

/** A line's cells as [start, end) spans: divided by ｜, |, a tab, or two blanks or more (ASCII or full-width). */
export function cellsOf(text: string, from: number, to: number): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  // the line alone: a search of the whole text from `from` would run on past the line to the next divider anywhere
  const line = text.slice(from, to);
  // (a line of cells single blanks divide, 项目 2024年 2025年: each blank divides)
  const divider = SPACED_ROW.test(line) && !ANY_DIVIDER.test(line) ? SINGLE_BLANK : CELL_DIVIDER;
  divider.lastIndex = 0;
  let start = 0;
  for (let m = divider.exec(line); m; m = divider.exec(line)) {
    if (m.index > start) cells.push([from + start, from + m.index]);
    start = m.index + m[0].length;
  }
  if (line.length > start) cells.push([from + start, to]);
  return cells;
}

const CELL_DIVIDER = /[ \u3000]*[｜|\t][ \u3000\t]*|[ \u3000]{2,}/gu;
const ANY_DIVIDER = /[｜|\t]|[ \u3000]{2}/u;
const SINGLE_BLANK = /[ \u3000]/gu;
/**
 * A line of three cells or more that single blanks divide, none holding a sentence's punctuation (项目 2024年 2025年;
 * 人民调解成功率 98.6% 99.2%): a table's row written with blanks for its rules. (A figure's thousands comma is no
 * sentence's.)
 */
const SPACED_ROW = /^[ \u3000]*[^\s，。；：、;:！？]{1,24}(?:[ \u3000][^\s，。；：、;:！？]{1,12}){2,}[ \u3000]*$/u;

/** Whether the line [from, to) is a row whose cells single blanks divide, and no other divider (SPACED_ROW). */
export function isSpacedRow(text: string, from: number, to: number): boolean {
  const line = text.slice(from, to);
  return SPACED_ROW.test(line) && !ANY_DIVIDER.test(line);
}

/**
 * The header of the row's table: the nearest line above with as many cells, whose cells after the first hold no
 * figure but a year (项目｜2023年｜2024年; 指标｜目标值｜完成值), with only rows of as many cells between — a cell a
 * closing divider leaves empty counted too (a remark column left blank: 指标｜单位｜2024年｜备注 over 行政复议收案｜件｜56｜,
 * whose cells are the header's first ones). Undefined when there is none.
 */
export function headerAbove(
  index: TextIndex,
  w: ClaimWords,
  line: number,
  cells: number,
): Array<[number, number]> | undefined {
  const text = index.text;
  // the row's cells with the one its closing divider leaves empty: the header's and the rows' between are counted so too
  const wanted = cells + trailingCell(text, index.lineStart(line));
  for (let l = line - 1; l >= Math.max(1, line - HEADER_REACH); l--) {
    const ls = index.lineStart(l);
    // a markdown table's rule under its header (|---|---|): no row, the header is above it
    if (MARKDOWN_RULE.test(text.slice(ls, lineEnd(text, ls)))) continue;
    const row = cellsOf(text, ls, lineEnd(text, ls));
    // a header whose first cell is left blank (the label column's: ⎵⎵⎵全区⎵⎵本局) names the columns after it
    if (row.length === wanted - 1 && BLANK_LEAD.test(text.slice(ls, ls + BLANK_LEAD_MIN))) row.unshift([ls, ls]);
    const count = row.length + trailingCell(text, ls);
    // one cell more or fewer: a row whose remark is written or not, or the header naming that last column a remark (备注)
    if (Math.abs(count - wanted) > 1) return undefined;
    let named = true;
    for (let k = 1; k < row.length && named; k++)
      named = !/\d/u.test(text.slice(row[k]![0], row[k]![1]).replace(YEAR, '').replace(MONTHS, ''));
    if (!named) continue;
    if (count < wanted) return undefined;
    if (count === wanted) return row.length === cells ? row : row.slice(0, cells);
    const last = row[row.length - 1]!;
    return w.remarkColumn.occursIn(text.slice(last[0], last[1])) ? row.slice(0, cells) : undefined;
  }
  return undefined;
}

/**
 * 1 when the line starting at `ls` ends with a cell divider (行政复议收案｜件｜56｜): its last cell is left empty, a cell
 * cellsOf does not give; else 0.
 */
function trailingCell(text: string, ls: number): number {
  let e = lineEnd(text, ls);
  while (e > ls && (text[e - 1] === ' ' || text[e - 1] === '\u3000')) e--;
  return e > ls && TRAILING_DIVIDER.includes(text[e - 1]!) ? 1 : 0;
}

const TRAILING_DIVIDER = '｜|\t';

const YEAR = /(?:19|20)\d\d\s*年?/gu;
/** Months a header cell names its column's period by (1—10月完成, 1-11月, 截至10月底): a name, no figure. */
export const MONTHS = /(?:\d{1,2}\s*[—\-－–~～至到]\s*)?\d{1,2}\s*月/gu;
/** A markdown table's rule: bars, dashes, colons and blanks only (|---|:--:|). */
const MARKDOWN_RULE = /^[ \t\u3000]*\|?(?:[ \t\u3000]*:?-{3,}:?[ \t\u3000]*\|)+[ \t\u3000]*:?-{0,}:?[ \t\u3000]*$/u;
/** A blank first cell: the line opens with a run of blanks at least as wide as a short label. */
const BLANK_LEAD_MIN = 4;
const BLANK_LEAD = /^(?:\t|[ \u3000]{4})/u;

/** How many cells after the label are marked empty (—, －, 无): a column with no figure in this row. */
export function countBlanks(text: string, cells: Array<[number, number]>): number {
  let n = 0;
  for (let k = 1; k < cells.length; k++) if (isEmptyCell(text.slice(cells[k]![0], cells[k]![1]))) n++;
  return n;
}
const EMPTY_CELL = /^\s*(?:[—–－-]{1,2}|无|\/)\s*$/u;

/** Whether a cell is marked empty (—, －, 无, /): its column holds no figure in this row. */
export const isEmptyCell = (cell: string): boolean => EMPTY_CELL.test(cell);
