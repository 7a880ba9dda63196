import type { FactMatch } from './claim-match.js';
import { parseNumeral } from './numbers.js';
import { UNSPECIFIED } from './scope-names.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';

/*
 * A rounded figure (约600, 二十余场, 两百余件) and the exact one the report states of the same thing: the exact one is the
 * figure, noted. Where it stands: elsewhere among the fact's statements (a data table's 587), or bare in brackets right
 * after the rounded one (3千余名（3,087名）).
 */

/** The exact figure a kept rounded one stands for, if the report states one near it; else undefined. */
export function exactFigure(index: TextIndex, chosen: Ranked[], best: Ranked): FactMatch | undefined {
  return exactBeside(index.text, chosen, best) ?? exactInBrackets(index, best);
}

/**
 * An exact figure of the same rank that a rounded one (约600, 二十余场) stands for, stated elsewhere (a data table's 587):
 * the report's own more precise statement of it. Undefined when the kept figure is exact or none is near it.
 */
function exactBeside(text: string, chosen: Ranked[], best: Ranked): FactMatch | undefined {
  if (chosen.length === 1 || typeof best.m.value !== 'number' || !roundedFigure(text, best.m)) return undefined;
  const rounded = best.m.value;
  for (let k = 0; k < chosen.length; k++) {
    const { m, rank } = chosen[k]!;
    // of the same rank, or one of them stated of no scope (a list of the year's data under the account: 1.受理矛盾纠纷：
    // 12,356件; a summary's 县司法局12348热线…13,462次 beside the body's unscoped 1.3万余次)
    const scoped = m.scope !== UNSPECIFIED && best.m.scope !== UNSPECIFIED;
    if ((rank !== best.rank && scoped) || typeof m.value !== 'number' || m.value === rounded) continue;
    if (m.evidence.approximate) continue;
    if (Math.abs(m.value - rounded) <= rounded * ROUNDING) return m;
  }
  return undefined;
}

/**
 * Whether a figure is written rounded: marked so (约, 余, 近), bounded or rounded by a word after it (95%以上, 一成左右),
 * or told in a unit of magnitude (3.46万次, 九成八) — a summary's figure the body may state exactly.
 */
function roundedFigure(text: string, m: FactMatch): boolean {
  if (m.evidence.approximate) return true;
  const after = text.slice(m.valueOffset, m.valueOffset + BOUND_REACH);
  return BOUND_AFTER.test(after) || IN_MAGNITUDE.test(after);
}

/** A figure told in 万 / 千, or a rate in 成 (3.46万次, 1.2千人, 一成, 九成八). */
const IN_MAGNITUDE = /^[\d.,，〇零一二两三四五六七八九十百]+\s*[万千成]/u;

/**
 * The exact figure a rounded one gives bare in brackets right after it (3千余名（3,087名）, 99%以上（99.2%）, 约六百件（共587件）),
 * in the same unit and near it: the statement with that figure. Undefined otherwise. (A figure restated after a word,
 * （具体为217件）, ，即12,306人次, is the pack's `restatement`, read with each statement: restated-figures.ts.)
 */
function exactInBrackets(index: TextIndex, best: Ranked): FactMatch | undefined {
  const m = best.m;
  const text = index.text;
  if (typeof m.value !== 'number') return undefined;
  // a bound (99%以上, 600人左右) is a rounded figure too
  if (!m.evidence.approximate && !BOUND_AFTER.test(text.slice(m.valueOffset, m.valueOffset + BOUND_REACH)))
    return undefined;
  const b = BRACKETED_EXACT.exec(text.slice(m.valueOffset, m.valueOffset + BRACKET_REACH));
  if (!b) return undefined;
  const value = parseNumeral(b[1]!);
  if (value === undefined || value === m.value || Math.abs(value - m.value) > m.value * ROUNDING) return undefined;
  const e = m.evidence;
  const evidence = index.evidence(e.offset!, m.valueOffset + b[0].length, false, BRACKET_NOTE);
  return { value, valueOffset: m.valueOffset, at: m.at, evidence, scope: m.scope };
}

/** A rounded figure's rest (余件, 余名, %以上), then its exact figure bare in brackets (（3,087名）, （共587件）). */
const BRACKETED_EXACT =
  /^(?:约|近)?[\d.,，一二两三四五六七八九十百千万]+\s*[余多近约]?\s*[^\s（(，。；]{0,4}?[（(]共?\s*(\d{1,3}(?:[,，]\d{3})+|\d+(?:\.\d+)?)\s*[^\s）)]{0,2}[）)]/u;
const BRACKET_REACH = 40;
/** A figure, its unit, then a word that bounds or rounds it (99%以上, 600人左右). */
const BOUND_AFTER = /^[\d.,，〇零一二两三四五六七八九十百]+\s*[^\s\d（(，。；]{0,2}?(?:以上|左右)/u;
const BOUND_REACH = 16;
const BRACKET_NOTE = '约数之后括注的确数';

/** How far (a share of it) an exact figure may lie from the rounded one it is taken for: 二十余 → 24, 约600 → 587. */
const ROUNDING = 0.2;
