import { holdsAny, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { parseNumeral } from './numbers.js';
import type { TextIndex } from './text-index.js';
import { unitsOf } from './fact-units.js';
import { LABEL_BREAK, rowMatch, unitLineFigure } from './unit-line-rows.js';

/*
 * A table row written as a line whose label carries the unit (行政诉讼案件（件）：0, 行政规范性文件制发（件） 2,
 * 普法活动（场次）｜58): the bare figure after it is the count. A row with two figures (上年｜本年) is a two-column
 * table whose columns the line does not name: not read.
 */

/** The row's figure when the cue ending at `cueEnd` is such a label, its unit one of the fact's; else undefined. */
export function unitLabelFigure(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
  cueEnd: number,
): FactMatch | undefined {
  const text = index.text;
  // the label's head noun after the cue (重大行政决策事项（件）, 学法次数（次）: vocabulary labelHeads)
  cueEnd += ctx.words.labelHeads.at(text, cueEnd)?.length ?? 0;
  const c = text.charCodeAt(cueEnd);
  const line = index.position(cueEnd).line;
  // (a row under a table's unit line, 单位：件 ⏎ 调解受理    1312: unit-line-rows.ts)
  if (c !== OPEN_FULL && c !== OPEN_ASCII)
    return cellBelow(index, x, ctx, cueStart, cueEnd, line) ?? unitLineFigure(index, x, ctx, cueStart, cueEnd);
  const end = index.lineStart(line + 1);
  const m = ROW.exec(text.slice(cueEnd, Math.min(end, cueEnd + ROW_REACH)));
  // a rate's row names its unit as the fact does (述法覆盖率（%） 100)
  if (!m) return cellBelow(index, x, ctx, cueStart, cueEnd, line);
  if (!unitsOf(x).includes(m[1]!)) return undefined;
  const value = parseNumeral(m[2]!);
  if (value === undefined) return undefined;
  const figureEnd = cueEnd + m[0].trimEnd().length;
  const at = figureEnd - m[2]!.length;
  const ls = index.lineStart(line);
  return rowMatch(index, ctx, value, [ls, cueStart], [at, figureEnd]);
}

const OPEN_FULL = 0xff08;
const OPEN_ASCII = 0x28;
const ROW_REACH = 40;
/**
 * （unit）, a separator (colon, bar, tab, spaces, a run of leader dots: ……………587), one figure (thousands separated or
 * not: 1,580; 97.5), then only blanks to the line's end.
 */
const ROW =
  /^[（(]([^（）()]{1,3})[）)]\s*(?:[：:｜|\t ]|[…．.·\-—─]{2,})?\s*(\d{1,3}(?:[,，]\d{3})+|\d+(?:\.\d+)?)\s*$/u;

/**
 * A table copied one cell per line (a web page's: 项目⏎2024年⏎行政复议收案（件）⏎117⏎审结（件）⏎109): a label line
 * that is only the cue and its unit, then a line of one bare figure, is the row. Not when a second bare figure follows
 * (a table of several columns, one per line: which is the year's is unknown) nor when a line of a year other than the
 * report's stands above it in the table (项目⏎2023年⏎…).
 */
function cellBelow(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
  cueEnd: number,
  line: number,
): FactMatch | undefined {
  const text = index.text;
  const labelEnd = index.lineStart(line + 1) - 1;
  const unit = LABEL_UNIT_ONLY.exec(text.slice(cueEnd, labelEnd));
  if (!unit || !unitsOf(x).includes(unit[2]!)) return undefined;
  // the label's words after the cue may make it another fact's row (行政复议审结（件）: no intake), as in a clause
  if (holdsAny(unit[1]!, x.notBetween) || holdsAny(text.slice(index.lineStart(line), labelEnd), x.exclude))
    return undefined;
  const ls = index.lineStart(line);
  if (LABEL_BREAK.test(text.slice(ls, cueStart))) return undefined;
  const figure = bareFigure(index, line + 1);
  if (figure === undefined || bareFigure(index, line + 2) !== undefined) return undefined;
  if (otherYearAbove(index, line, ctx.year)) return undefined;
  const value = parseNumeral(figure[0]);
  if (value === undefined) return undefined;
  const at = figure[1];
  const figureEnd = at + figure[0].length;
  return rowMatch(index, ctx, value, [ls, cueStart], [at, figureEnd]);
}

/** The label's rest: a few words (纠纷), its unit in brackets, then blanks to the line's end. */
const LABEL_UNIT_ONLY = /^([^\d０-９，,。；;：:（()）]{0,6})[（(]([^（）()]{1,3})[）)]\s*$/u;
const BARE_FIGURE = /^\s*(\d{1,3}(?:[,，]\d{3})+|\d+(?:\.\d+)?)\s*$/u;
/** How many lines above a label a column's year may stand (the table's header). */
const YEAR_LINE_REACH = 24;
const YEAR_LINE = /^\s*((?:19|20)\d\d)\s*年?度?\s*$/u;

/** Line `line`'s one bare figure and where it starts, if the line is only that. */
function bareFigure(index: TextIndex, line: number): [string, number] | undefined {
  const ls = index.lineStart(line);
  const le = index.lineStart(line + 1);
  if (ls >= le) return undefined;
  const m = BARE_FIGURE.exec(index.text.slice(ls, le));
  return m ? [m[1]!, ls + m[0].indexOf(m[1]!)] : undefined;
}

/** Whether a line of only a year other than the report's stands within reach above `line`. */
function otherYearAbove(index: TextIndex, line: number, year: number | undefined): boolean {
  for (let l = line - 1; l >= Math.max(1, line - YEAR_LINE_REACH); l--) {
    const m = YEAR_LINE.exec(index.text.slice(index.lineStart(l), index.lineStart(l + 1)));
    if (m) return year === undefined || Number(m[1]) !== year;
  }
  return false;
}
