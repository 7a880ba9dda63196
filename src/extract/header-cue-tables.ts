import { holdsAny, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { cellValue } from './cell-values.js';
import { lineEnd } from './line-spans.js';
import { REGION } from './scope-names.js';
import { cellsOf } from './table-frame.js';
import { cellMatch, LABEL_UNIT } from './table-paired-rows.js';
import { unitsOf } from './fact-units.js';
import type { TextIndex } from './text-index.js';

/*
 * A table whose header names the facts, one a column (乡镇（街道）｜受理（件）｜调解成功（件）⏎苌林镇｜312｜309⏎…⏎全县合计｜705｜
 * 698; 法律援助案件（件）｜受援人数（人）⏎612｜655): a cue in a header cell reads its column — in the row of the whole (its
 * first cell a sum word or the region's, 全县合计), or in the one row of bare figures right under a header of names only.
 * The other rows are parts (each town's): none of them is read.
 */

/** The figure of the column whose header cell holds the cue, or undefined when the line is no such header. */
export function headerColumnFigures(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
  line: number,
): FactMatch[] | undefined {
  const text = index.text;
  const ls = index.lineStart(line);
  const header = cellsOf(text, ls, lineEnd(text, ls));
  if (header.length < 2) return undefined;
  for (let k = 0; k < header.length; k++) if (DIGIT.test(text.slice(header[k]![0], header[k]![1]))) return undefined;
  const j = header.findIndex(([s, e]) => cueStart >= s && cueStart < e);
  if (j < 0) return undefined;
  const name = text.slice(header[j]![0], header[j]![1]);
  const unit = LABEL_UNIT.exec(name);
  if ((unit && !unitsOf(x).includes(unit[1]!)) || holdsAny(name, x.exclude)) return undefined;
  const rows = rowsBelow(index, line, header.length);
  // rows of years (2021年｜…⏎合计｜…) sum the years, and a row noted (备注: 其中行政案卷348卷…) qualifies its figure
  if (rows.some((r) => YEAR.test(text.slice(r[0]![0], r[0]![1])))) return undefined;
  if (remarked(text, header, rows, ctx)) return undefined;
  // columns of kinds beside their sum (变更｜撤销｜…｜合计) are parts; rows of a kind the fact leaves out (区委巡察) make the
  // whole row another sum than the fact's
  if (header.some(([s, e], k) => k !== j && WHOLE.test(text.slice(s, e)))) return undefined;
  if (rows.some((r) => excludedRow(x, text.slice(r[0]![0], r[0]![1])))) return undefined;
  const whole = wholeRow(text, rows);
  const row = whole ?? (rows.length === 1 && bareFigures(text, rows[0]!) ? rows[0] : undefined);
  if (row === undefined) return undefined;
  const cell = row[j]!;
  const value = cellValue(x, text.slice(cell[0], cell[1]));
  if (value === undefined) return [];
  const rs = row[0]![0];
  const m = cellMatch(index, ctx, value, cell, rs, cueStart);
  if (whole !== undefined) m.scope = REGION;
  return [m];
}

/** Whether a row's label names what the fact leaves out (its exclude words, in a clause or a sentence). */
function excludedRow(x: FactExtractor, label: string): boolean {
  return holdsAny(label, x.exclude) || holdsAny(label, x.def.excludeInSentence ?? []);
}

/** Whether the header names a column of remarks (备注) and any row writes one. */
function remarked(
  text: string,
  header: Array<[number, number]>,
  rows: Array<Array<[number, number]>>,
  ctx: ClaimContext,
): boolean {
  const j = header.findIndex(([s, e]) => ctx.words.remarkColumn.occursIn(text.slice(s, e)));
  return j >= 0 && rows.some((r) => text.slice(r[j]![0], r[j]![1]).trim().length > 0);
}

/** The rows right under a header line with as many cells, up to the first line with another count. */
function rowsBelow(index: TextIndex, line: number, cells: number): Array<Array<[number, number]>> {
  const text = index.text;
  const rows: Array<Array<[number, number]>> = [];
  for (let l = line + 1; l <= line + MAX_ROWS; l++) {
    const ls = index.lineStart(l);
    if (ls >= text.length || ls <= index.lineStart(l - 1)) break;
    const row = cellsOf(text, ls, lineEnd(text, ls));
    if (row.length !== cells) break;
    rows.push(row);
  }
  return rows;
}

/** The row of the whole: its first cell a sum word or the region's (全县合计, 合计, 总计). */
function wholeRow(text: string, rows: Array<Array<[number, number]>>): Array<[number, number]> | undefined {
  for (let k = 0; k < rows.length; k++) if (WHOLE.test(text.slice(rows[k]![0]![0], rows[k]![0]![1]))) return rows[k];
  return undefined;
}

/** Whether every cell of a row is a bare figure (42｜42｜100%): values under a header of names only. */
function bareFigures(text: string, row: Array<[number, number]>): boolean {
  for (let k = 0; k < row.length; k++) if (!FIGURE_CELL.test(text.slice(row[k]![0], row[k]![1]).trim())) return false;
  return true;
}

const DIGIT = /\d/u;
const MAX_ROWS = 16;
// (not 全市 or 全省: in a county's report they are a tier above it)
const WHOLE = /^\s*(?:全(?:县|区|旗|镇|乡|街道)(?:合计|总计|共计)?|合计|总计|共计)\s*$/u;
const YEAR = /(?:19|20)\d\d/u;
const FIGURE_CELL = /^[\d,，.]+\s*[%％件场次人名卷项个起宗份期]{0,2}$/u;
