import { rowDivided } from './table-rows.js';
import { holdsAny, type ClaimContext, type FactMatch } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { unitsOf } from './fact-units.js';
import { gluedRowFigures } from './glued-rows.js';
import { headerColumnFigures } from './header-cue-tables.js';
import { cellValue } from './cell-values.js';
import type { TextIndex } from './text-index.js';
import { OWN } from './scope-names.js';
import { cellMatch, LABEL_UNIT, pairedRowFigure } from './table-paired-rows.js';
import {
  cellsOf,
  countBlanks,
  isEmptyCell,
  headerAbove,
  MIN_CELLS,
  MONTHS,
  rowUnit,
  withoutSerialColumn,
  withoutSideColumns,
  withUnit,
} from './table-frame.js';

/*
 * A table written as lines whose cells a bar, a tab or a run of blanks divides (项目｜2023年｜2024年 / 新收行政复议案件｜
 * 131｜154): a row's figures are its columns', and the header names them — a year, what was done beside a target
 * (目标值｜完成值), or whose figure it is (全区｜本街道). A cue in a row's first cell reads the column the header names as
 * the report year's or the done one, or each scoped column as a statement of its scope; a row of several figures whose
 * columns no header names is not read (the first figure may be last year's or the target).
 */

/** The row's figures for the fact, [] when the row is a table's but no column can be read, or undefined if none. */
export function tableRowFigures(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
  cueEnd: number,
): FactMatch[] | undefined {
  const text = index.text;
  const divided = rowDivided(index, cueStart, cueEnd);
  // (else a row whose cells were run together, 行政复议收案87件93件: glued-rows.ts)
  if (divided === undefined) return gluedRowFigures(index, x, ctx, cueStart, cueEnd);
  const [line, ls, le, spaced] = divided;
  const cellsWritten = cellsOf(text, ls, le);
  // a column numbering the rows (序号｜指标｜…: vocabulary serialColumn) is no label: the row starts after it
  const numbered = withoutSerialColumn(index, ctx.words, line, cellsWritten);
  const row = numbered?.row ?? cellsWritten;
  // a cue past the label is in a cell of its own: no row of this fact's (below)
  const pastLabel = cueEnd > (row[0]?.[1] ?? 0);
  // the header above, read once for a row of a label and two cells or more (a shorter row's only after its checks)
  const wide = numbered !== undefined || row.length >= MIN_CELLS;
  const above = numbered ? numbered.header : wide ? headerAbove(index, ctx.words, line, row.length) : undefined;
  if (spaced && above === undefined) return undefined;
  // columns of units and remarks (项目｜单位｜数量｜备注): the unit is the label's, a remark only notes (vocabulary
  // unitColumn, remarkColumn)
  const framed = pastLabel ? undefined : withoutSideColumns(index, ctx.words, row, above);
  // a cue in a remarks column's cell on a row of the fact's own (行政复议收案｜156件｜含不予受理后补正受理3件): a note on
  // the row's figure, no statement (a row of another thing's may note this fact's: 被申请…｜9｜其中被撤销2件; so may a
  // rate's row with its unit in a column of units, 出庭应诉率｜%｜96.3｜应出庭27件，出庭26件)
  // (a header naming the facts, one a column: its column in the row of the whole, header-cue-tables.ts)
  if ((pastLabel || countFigures(text, row) === 0) && above === undefined) {
    const column = headerColumnFigures(index, x, ctx, cueStart, line);
    if (column !== undefined) return column;
  }
  if (pastLabel)
    return ownRow(x, withUnit(text, row, rowUnit(index, ctx.words, row, above))) &&
      inRemarks(index, ctx.words, line, cellsWritten, cueStart) &&
      rowGivesFigure(index, x, ctx, row[0]!)
      ? []
      : undefined;
  const cells = framed?.row ?? row;
  const single =
    cells.length === 2 &&
    countFigures(text, cells) === 1 &&
    !DIGIT.test(text.slice(cells[0]![0], cells[0]![1])) &&
    (BAR.test(text.slice(ls, le)) || framed !== undefined);
  // (a cell marked empty, 200场次｜—, holds the column's none: the row is a table's all the same, its figure another
  // column's — the target's beside a done cell not yet filled)
  if (!single && (cells.length < MIN_CELLS || countFigures(text, cells) + countBlanks(text, cells) < 2))
    return undefined;
  // the label's words after the cue may make it another fact's row (行政诉讼败诉（件）: no count of lawsuits)
  // (规范性文件合法性审核率｜100%: a label naming a word the fact excludes is another thing's row, as its clause would be)
  const label = text.slice(cells[0]![0], cells[0]![1]);
  const unitLabel = withUnit(text, cells, framed?.unit);
  if (!unitFits(x, unitLabel) || holdsAny(text.slice(cueEnd, cells[0]![1]), x.notBetween) || holdsAny(label, x.exclude))
    return [];
  const header = framed ? framed.header : wide ? above : headerAbove(index, ctx.words, line, row.length);
  const paired = pairedRowFigure(index, x, ctx, cells, header, cueStart, ls);
  if (paired) return paired;
  return columnFigures(index, x, ctx, cells, header, single, [cueStart, ls]);
}

/**
 * The row's figures in the columns its header (or, with one figure, its cell) names as the fact's: the report year's,
 * the done one, or each scope's; undefined when a one-column row's cell is no bare figure, [] when a column holds none.
 */
function columnFigures(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cells: Array<[number, number]>,
  header: Array<[number, number]> | undefined,
  single: boolean,
  [cueStart, ls]: [number, number],
): FactMatch[] | undefined {
  const text = index.text;
  const columns = single
    ? singleColumn(ctx, text, header, cells)
    : header
      ? readColumns(ctx, text, header)
      : unmarkedColumn(ctx.words, text, cells);
  // a one-column row whose cell is no bare figure (1件（2件）: last year's in brackets) is read as a sentence is
  if (single && columns.length === 1 && cellValue(x, text.slice(cells[1]![0], cells[1]![1])) === undefined)
    return undefined;
  // a row that is a table's only by a cell marked empty (行政复议审结｜146件｜—) under a header naming none of its columns
  // (项目｜件数｜比率) is read as a sentence is, as a row of one figure is
  if (columns.length === 0 && countBlanks(text, cells) > 0) return undefined;
  const figures: FactMatch[] = [];
  for (const [j, scope] of columns) {
    const cell = cells[j]!;
    // a column marked empty holds none of this row's (全县｜县政府本级: 512卷｜—): the other columns still speak
    if (isEmptyCell(text.slice(cell[0], cell[1]))) continue;
    const value = cellValue(x, text.slice(cell[0], cell[1]));
    if (value === undefined) return [];
    const m = cellMatch(index, ctx, value, cell, ls, cueStart);
    if (scope !== undefined) m.scope = scope;
    figures.push(m);
  }
  return figures;
}

/** A bar dividing cells: a row of one figure is read as a table's only with one. */
const BAR = /[｜|]/u;
const DIGIT = /\d/u;
/** How many cells after the label of the line [from, to) hold a digit, cells divided as a table's row's are. */
export function rowFigureCount(text: string, from: number, to: number): number {
  return countFigures(text, cellsOf(text, from, to));
}

/** How many cells after the label hold a digit. */
function countFigures(text: string, cells: Array<[number, number]>): number {
  let n = 0;
  for (let k = 1; k < cells.length; k++) if (/\d/u.test(text.slice(cells[k]![0], cells[k]![1]))) n++;
  return n;
}

/** A label's unit in brackets (执法人员培训（人次）) must be one the fact counts in: else the row is another fact's. */
function unitFits(x: FactExtractor, label: string): boolean {
  // (so must a counting unit closing the label bare: 执法培训场次｜3｜4 is no row of 人次)
  const m = LABEL_UNIT.exec(label) ?? BARE_UNIT.exec(label.trim());
  return !m || unitsOf(x).includes(m[1]!);
}

/** A two-character counting unit closing a label (培训人次, 培训场次, 检查户次): what the row counts in. */
const BARE_UNIT = /(人次|场次|件次|户次|家次)$/u;

/**
 * The columns to read and the scope each names: the report year's (2024年, 本年度) or the done one (完成值, 实际),
 * else every column a scope word names (全区｜本街道), each its scope's. None when the header names none of these.
 */
function readColumns(
  ctx: ClaimContext,
  text: string,
  header: Array<[number, number]>,
): Array<[number, string | undefined]> {
  const w = ctx.words;
  const figure = figureColumnBesideRemarks(w, text, header);
  if (figure !== undefined) return [[figure, undefined]];
  const scoped: Array<[number, string | undefined]> = [];
  for (let j = 1; j < header.length; j++) {
    const cell = text.slice(header[j]![0], header[j]![1]);
    if (namesReportYear(w, cell, ctx.year) || doneThisYear(w, cell)) return [[j, wholeOf(w, text, header, j)]];
    const scope = scopeNamed(w, cell);
    if (scope !== undefined) scoped.push([j, scope]);
  }
  return scoped.length === header.length - 1 ? scoped : [];
}

/**
 * The one column a header names neither remarks nor another year, a target or a scope, when every other column after
 * the label is remarks (项目｜数量｜备注): the row's figure is there, the remarks only note on it. Undefined otherwise.
 */
function figureColumnBesideRemarks(w: ClaimWords, text: string, header: Array<[number, number]>): number | undefined {
  let figure: number | undefined;
  let remarks = 0;
  for (let j = 1; j < header.length; j++) {
    const cell = text.slice(header[j]![0], header[j]![1]);
    if (w.remarkColumn.occursIn(cell)) remarks++;
    else if (figure !== undefined) return undefined;
    else figure = j;
  }
  if (figure === undefined || remarks === 0) return undefined;
  return marksAnother(w, text.slice(header[figure]![0], header[figure]![1])) ? undefined : figure;
}

/**
 * Whether a header cell names what was done (完成, 实际), and not another year's (上年实际, 2023年实际: a year numeral names
 * the column's year, which namesReportYear judges).
 */
function doneThisYear(w: ClaimWords, cell: string): boolean {
  return w.doneColumn.occursIn(cell) && !w.otherYear.occursIn(cell) && !YEAR_NUMERAL.test(cell);
}
const YEAR_NUMERAL = /(?:19|20)\d\d/u;

/** Whether a header cell marks its column as no report-year figure: a figure, another year, a target or a scope. */
function marksAnother(w: ClaimWords, cell: string): boolean {
  // (months name the column's period, not another figure: 1—10月)
  return (
    /\d/u.test(cell.replace(MONTHS, '')) ||
    w.otherYear.occursIn(cell) ||
    w.target.occursIn(cell) ||
    scopeNamed(w, cell) !== undefined
  );
}

/**
 * Whether a row is the fact's own: its label names the fact and carries no unit the fact does not count in (a rate's
 * row, 负责人出庭应诉率（%）, may note the counts: 应出庭118件，出庭118件).
 */
function ownRow(x: FactExtractor, label: string): boolean {
  return rowOfFact(x, label) && unitFits(x, label);
}

/**
 * Whether the row its label cell [ls, le) opens gives the fact a figure of its own (复议纠错｜件｜9｜撤销5件…): a remark
 * then notes on it; a row of scores or ticks (重大行政决策｜10｜10｜作出重大行政决策2项…) leaves its remark the statement.
 */
function rowGivesFigure(index: TextIndex, x: FactExtractor, ctx: ClaimContext, [ls, le]: [number, number]): boolean {
  const label = index.text.slice(ls, le);
  for (const cue of x.cues) {
    const i = cue.includes('…') ? -1 : label.indexOf(cue);
    if (i >= 0) return (tableRowFigures(index, x, ctx, ls + i, ls + i + cue.length)?.length ?? 0) > 0;
  }
  return false;
}

/** Whether a row's label names the fact by one of its cues (行政复议收案 for the cases received). */
function rowOfFact(x: FactExtractor, label: string): boolean {
  return holdsAny(label, x.cues) || holdsAny(label, x.contextCues) || holdsAny(label, x.cuesAfterValue);
}

/** Whether the cell holding `at` in a table's row is under a header cell naming remarks (备注). */
function inRemarks(index: TextIndex, w: ClaimWords, line: number, row: Array<[number, number]>, at: number): boolean {
  if (w.remarkColumn.size === 0) return false;
  const j = row.findIndex(([s, e]) => at >= s && at < e);
  if (j < 1) return false;
  const header = headerAbove(index, w, line, row.length);
  return header !== undefined && w.remarkColumn.occursIn(index.text.slice(header[j]![0], header[j]![1]));
}

/**
 * The region's scope for the column read when another header cell breaks it down by a scope (…｜2024年｜其中区政府本级
 * （2024年）): that column is the whole the other's part is of. Undefined otherwise.
 */
function wholeOf(w: ClaimWords, text: string, header: Array<[number, number]>, j: number): string | undefined {
  for (let k = j + 1; k < header.length; k++) {
    const cell = text.slice(header[k]![0], header[k]![1]);
    if (w.breakdown.occursIn(cell) && scopeNamed(w, cell) !== undefined) return REGION;
  }
  return undefined;
}

const REGION = 'region';

/**
 * A table of one figure column written with bars (｜ 受理行政复议申请 ｜ 64 ｜, a Markdown table's row): the figure is the
 * row's, as a label's colon would give it, unless the header names another year, a target (计划数) or a scope, or the
 * cell itself is marked as another year's.
 */
function singleColumn(
  ctx: ClaimContext,
  text: string,
  header: Array<[number, number]> | undefined,
  row: Array<[number, number]>,
): Array<[number, string | undefined]> {
  const w = ctx.words;
  // (a header of one cell — a row above whose figure cell is blank, 执法培训（场次）｜ — heads no column)
  if (header && header.length > 1) {
    const cell = text.slice(header[1]![0], header[1]![1]);
    if (namesReportYear(w, cell, ctx.year) || doneThisYear(w, cell)) return [[1, undefined]];
    // a column headed by the reporter's own scope word (事项｜本乡) is its figure
    const scope = scopeNamed(w, cell);
    if (scope !== undefined && !/\d/u.test(cell) && ctx.reporterScope(scope) === OWN) return [[1, scope]];
    if (marksAnother(w, cell)) return [];
  }
  return unmarkedColumn(w, text, row);
}

/**
 * With no header, the one figure cell no other-year word marks, when every other one is so marked (普法宣传活动｜236场次｜
 * 去年 201场次); else none.
 */
function unmarkedColumn(w: ClaimWords, text: string, row: Array<[number, number]>): Array<[number, undefined]> {
  let unmarked = -1;
  for (let j = 1; j < row.length; j++) {
    if (w.otherYear.occursIn(text.slice(row[j]![0], row[j]![1]))) continue;
    if (unmarked >= 0) return [];
    unmarked = j;
  }
  return unmarked < 0 ? [] : [[unmarked, undefined]];
}

/** Whether a header cell names the report year's figure (2024年, 本年度; not its target: 2024年目标). */
function namesReportYear(w: ClaimWords, cell: string, year: number | undefined): boolean {
  if (w.target.occursIn(cell)) return false;
  const y = /((?:19|20)\d\d)/u.exec(cell);
  if (y) return year !== undefined && Number(y[1]) === year;
  return w.thisYear.occursIn(cell);
}

/** The scope a header cell's scope word names (全区 → region, 本街道 → own), if it holds one. */
function scopeNamed(w: ClaimWords, cell: string): string | undefined {
  const hits = w.scopeWords.find(cell, 0, cell.length);
  // a word inside a longer one found before it (乡镇 in 各乡镇) is that one
  let named: string | undefined;
  let end = -1;
  for (const hit of hits) {
    if (hit.at < end) continue;
    if (named !== undefined) return undefined;
    named = hit.word;
    end = hit.at + hit.word.length;
  }
  return named === undefined ? undefined : w.scopeOf.get(named);
}
