import { Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { parseNumeral } from './numbers.js';
import type { TextIndex } from './text-index.js';

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
  const c = text.charCodeAt(cueEnd);
  if (c !== OPEN_FULL && c !== OPEN_ASCII) return undefined;
  const line = index.position(cueEnd).line;
  const end = index.lineStart(line + 1);
  const m = ROW.exec(text.slice(cueEnd, Math.min(end, cueEnd + ROW_REACH)));
  // a rate's row names its unit as the fact does (述法覆盖率（%） 100)
  if (!m || !unitsOf(x).includes(m[1]!)) return undefined;
  const value = parseNumeral(m[2]!);
  if (value === undefined) return undefined;
  const figureEnd = cueEnd + m[0].trimEnd().length;
  const at = figureEnd - m[2]!.length;
  const ls = index.lineStart(line);
  return new Match(value, at, ctx, ls, cueStart, quote(index, ls, figureEnd, cueStart, figureEnd, false));
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

/** The units a fact counts in: its `units`, else its one `unit` (a rate's %). */
export function unitsOf(x: FactExtractor): string[] {
  return x.def.units ?? (x.def.unit === undefined ? [] : [x.def.unit]);
}
