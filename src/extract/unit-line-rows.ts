import { holdsAny, Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { parseNumeral } from './numbers.js';
import type { TextIndex } from './text-index.js';
import { unitsOf } from './fact-units.js';

/*
 * A table under a line naming its unit (单位：件; （单位：件、%）; 计量单位：人次), its rows a label and one bare figure
 * (调解受理    1312; 复议收案：86; 成功率｜98.3): the figure is the row's, in the unit the line names. A row of several
 * figures is a table of columns (全县｜其中本局): not read here.
 */

/** The row's figure when the cue ending at `cueEnd` labels such a row, the unit line naming one of the fact's units. */
export function unitLineFigure(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
  cueEnd: number,
): FactMatch | undefined {
  const text = index.text;
  const line = index.position(cueEnd).line;
  const ls = index.lineStart(line);
  const le = index.lineStart(line + 1);
  if (le - cueEnd > ROW_REACH || LABEL_BREAK.test(text.slice(ls, cueStart))) return undefined;
  const row = ROW.exec(text.slice(cueEnd, le));
  if (!row) return undefined;
  // the label's words after the cue may make it another fact's row (复议审结 for the intake), as in a clause
  if (holdsAny(row[1]!, x.notBetween) || holdsAny(text.slice(ls, cueEnd + row[1]!.length), x.exclude)) return undefined;
  const units = unitLineAbove(index, line);
  if (units === undefined || !unitsFit(x, units)) return undefined;
  const value = parseNumeral(row[2]!);
  if (value === undefined) return undefined;
  const at = cueEnd + row[0].lastIndexOf(row[2]!);
  const figureEnd = at + row[2]!.length;
  return rowMatch(index, ctx, value, [ls, cueStart], [at, figureEnd]);
}

/** A table row's figure [at, figureEnd) as a statement, quoted from the row's start `ls`, its cue at `cueStart`. */
export function rowMatch(
  index: TextIndex,
  ctx: ClaimContext,
  value: number,
  [ls, cueStart]: [number, number],
  [at, figureEnd]: [number, number],
): FactMatch {
  return new Match(value, at, ctx, ls, cueStart, quote(index, ls, figureEnd, cueStart, figureEnd, false));
}

/**
 * Whether a unit line's units are the fact's: a rate's when it names a percent sign (单位：件、% — the rate's row names a
 * rate); a count's when every unit it names is the count's or a percent sign (单位：次、场次、名、人次 names the units of
 * several counts, and which row is in which it does not say).
 */
function unitsFit(x: FactExtractor, units: string[]): boolean {
  const own = unitsOf(x);
  if (x.type === 'percent') return units.some((u) => PERCENT.includes(u));
  return units.some((u) => own.includes(u)) && units.every((u) => own.includes(u) || PERCENT.includes(u));
}
const PERCENT = ['%', '％'];

/**
 * The units a unit line names within reach above `line`, over the table's rows, header and title (表1 …统计): undefined
 * when a line of prose (a sentence's end), a blank line or the reach comes first.
 */
function unitLineAbove(index: TextIndex, line: number): string[] | undefined {
  for (let l = line - 1; l >= Math.max(1, line - UNIT_LINE_REACH); l--) {
    const text = index.text.slice(index.lineStart(l), index.lineStart(l + 1));
    const unit = UNIT_LINE.exec(text);
    if (unit) return (unit[1] ?? unit[2]!).split(UNIT_SEPARATOR).filter((u) => u.length > 0);
    if (text.trim().length === 0 || PROSE.test(text)) return undefined;
  }
  return undefined;
}

/** How far a row's cue may stand from its line's end (a label's rest, blanks, a figure). */
const ROW_REACH = 40;
/** How many lines above a row its table's unit line may stand. */
const UNIT_LINE_REACH = 12;
/**
 * A row's rest after the cue: a few words of its label, a separator (blanks, a colon, a bar, a tab, leader dots), one
 * figure (thousands separated or not: 1,312; 98.3), then only blanks to the line's end.
 */
const ROW =
  /^([^\d０-９，,。；;：:（()）｜|\t ]{0,6})(?:\s*[：:｜|\t]\s*|[ \u3000]+|\s*[…．.·\-—─]{2,}\s*)(\d{1,3}(?:[,，]\d{3})+|\d+(?:\.\d+)?)\s*$/u;
/** A label's words before the cue hold no figure and no clause's end (unit-label-rows.ts's too). */
export const LABEL_BREAK = /[\d０-９，,。；;：:]/u;
/**
 * 单位：件 alone on its line (a table's title may come before it), or （单位：件、%） closing a line (…情况（单位：件）：).
 */
const UNIT_LINE =
  /(?:(?:^|\s)(?:计量)?单位\s*[：:]\s*([^（）()\d。；;\n]{1,16}?)|[（(]\s*(?:计量)?单位\s*[：:]\s*([^（）()\d。；;\n]{1,16}?)\s*[）)]\s*[：:]?)\s*$/u;
const UNIT_SEPARATOR = /[、,，/／\s]+/u;
/** A line of prose: a sentence's end in it. */
const PROSE = /[。；;！？!?]/u;
