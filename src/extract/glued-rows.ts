import { lineEnd } from './line-spans.js';
import { holdsAny, Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { cellValue } from './cell-values.js';
import type { TextIndex } from './text-index.js';

/*
 * A table whose cells a web page's copy ran together (项目2023年2024年⏎行政复议收案87件93件; 指标年度目标完成情况⏎执法人员培训
 * 6场次8场次): a row is a label then two figures or more, each closed by its unit, nothing between them. The header
 * line above the rows says which column is the year's: its years in order (the report year's), or a target word then a
 * done word (目标…完成: the second of two). A row whose columns the header does not name gives nothing — the first
 * figure may be last year's or the target.
 */

/** The row's figure for the fact, [] when the row is such a row but no column can be read, or undefined if none. */
export function gluedRowFigures(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
  cueEnd: number,
): FactMatch[] | undefined {
  const text = index.text;
  const line = index.position(cueStart).line;
  const ls = index.lineStart(line);
  const le = lineEnd(text, ls);
  const rest = text.slice(cueEnd, le);
  const row = GLUED_REST.exec(rest);
  if (!row || LABEL_BREAK.test(text.slice(ls, cueStart))) return undefined;
  const label = row[1]!;
  if (holdsAny(label, x.notBetween) || holdsAny(text.slice(ls, cueEnd) + label, x.exclude)) return [];
  const cells: Array<[string, number]> = [];
  FIGURE_UNIT.lastIndex = 0;
  const figures = rest.slice(label.length);
  for (let m = FIGURE_UNIT.exec(figures); m; m = FIGURE_UNIT.exec(figures))
    cells.push([m[0], cueEnd + label.length + m.index]);
  const column = yearColumn(index, ctx, line, cells.length);
  if (column < 0) return [];
  const [cell, at] = cells[column]!;
  const value = cellValue(x, cell);
  if (value === undefined) return [];
  return [new Match(value, at, ctx, ls, cueStart, quote(index, ls, le, cueStart, at + cell.length, false, NOTE))];
}

const NOTE = '表格所列';
/** After the cue: a few label words, then two figures or more each closed by its unit, then the line's end. */
const GLUED_REST =
  /^([^\d，,。；;：:、（）()]{0,8}?)(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[%％]|[件场次人名卷项个起宗份期]{1,2})){2,}\s*$/u;
const FIGURE_UNIT = /(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[%％]|[件场次人名卷项个起宗份期]{1,2})/gu;
/** A row's words before the cue hold no figure and no clause's end. */
const LABEL_BREAK = /[\d，,。；;：:]/u;
/** A glued row's line: words, then two figures or more each closed by its unit. */
const GLUED_LINE =
  /^[^\d，,。；;：:]{1,20}(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[%％]|[件场次人名卷项个起宗份期]{1,2})){2,}\s*$/u;
/** How many rows above a row its header may stand. */
const HEADER_REACH = 12;
const YEAR = /(20\d\d)\s*年?/gu;
const TARGET_THEN_DONE = /目标[^完实]*(?:完成|实际)/u;

/** The column the header line above the rows names as the year's or the done one, or -1. */
function yearColumn(index: TextIndex, ctx: ClaimContext, line: number, count: number): number {
  const text = index.text;
  for (let l = line - 1; l >= Math.max(1, line - HEADER_REACH); l--) {
    const ls = index.lineStart(l);
    const t = text.slice(ls, lineEnd(text, ls)).trim();
    if (GLUED_LINE.test(t)) continue;
    const years: number[] = [];
    for (const m of t.matchAll(YEAR)) years.push(Number(m[1]));
    if (years.length === count && ctx.year !== undefined) return years.indexOf(ctx.year);
    if (years.length === 0 && count === 2 && TARGET_THEN_DONE.test(t)) return 1;
    return -1;
  }
  return -1;
}
