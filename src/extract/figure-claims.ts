import { lastJudging, type ClaimWords } from './claim-words.js';
import {
  JUDGE_REACH,
  Match,
  PERIOD_REACH,
  excluded,
  periodFor,
  quote,
  type ClaimContext,
  type FactMatch,
} from './claim-match.js';
import { valueCharIn, valueMayStartIn, type FactExtractor } from './compile.js';
import { modality, negatedBetween } from './polarity.js';
import { CodeSet } from './code-set.js';
import type { TextIndex } from './text-index.js';
import { isChange, lastPeriodTag, type Period } from './time.js';
import { parseMatch } from './value-parse.js';
import { STATED_ZERO_NOTE, statedZero } from './zero.js';

/** How many clauses on a figure may continue an other-year or change clause (2023年为100%，2024年为90%). */
const CONTINUATION_CLAUSES = 2;

/** A figure glued to a preceding digit, 第 or decimal point is part of something else. */
function glued(text: string, at: number): boolean {
  const prev = text[at - 1];
  return prev !== undefined && (/\d/.test(prev) || prev === '第' || prev === '.');
}

/**
 * The first figure after the cue that claims a result: within maxGap characters, in the
 * cue's clause, not denied (未达到), not a change (同比下降3%), not another period's
 * (2023年…). When the clause gives only a change or another period's figure, the report
 * year's level may follow in the next clauses (…，达到95% / …，2024年为90%).
 */
export function valueAfter(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
  cueEnd: number,
): FactMatch | undefined {
  const text = index.text;
  const w = ctx.words;
  const [cs, ce1] = index.clause(cueStart);
  let ce = ce1;
  for (let k = 1; k < x.spanClauses && ce < text.length && text[ce] !== '\n' && text[ce] !== '。'; k++)
    ce = index.clause(ce + 1)[1];
  if (cueEnd > ce) return undefined;
  const windowEnd = Math.min(ce, cueEnd + x.maxGap + 24);
  // a continuing clause (…，2024年为90%) follows only a cue near its clause's end
  const continues = ce - windowEnd <= CONTINUATION_GAP;
  // most cue words stand with no figure after them: skip the judging then
  if (
    !numeralIn(text, cueEnd, windowEnd) &&
    !(continues && numeralIn(text, ce, Math.min(text.length, ce + NUMERAL_REACH)))
  )
    return undefined;
  // a figure read in the cue's clause begins within maxGap of the cue: where no character can begin one, the pattern is not run
  const figureMayBegin = valueMayStartIn(text, cueEnd, Math.min(windowEnd, cueEnd + x.maxGap + 1));
  if (!figureMayBegin && !continues) return undefined;
  // the cheap look for a figure first: an exclude word is looked for only when there is one
  if (excluded(text, cs, ce, x, cueStart)) return undefined;
  const [ss, se] = index.sentence(cueStart);
  // the words between cue and figure are judged with the figure (未达到100%), not here
  if (modality(w, text, cs, cueStart, cueStart, cueEnd, ss) !== 'result') return undefined;
  const contextFrom = Math.max(ss, cueStart - PERIOD_REACH);
  const re = x.value!;
  re.lastIndex = 0;
  const window = figureMayBegin ? text.slice(cueEnd, windowEnd) : '';
  let segmentFrom = cueEnd;
  let passedOver: Period | undefined;
  for (let m = figureMayBegin ? re.exec(window) : null; m; m = re.exec(window)) {
    if (m.index > x.maxGap) break;
    const vStart = cueEnd + m.index;
    const vEnd = vStart + m[0].length;
    if (!glued(text, vStart) && !singleNumeralTooFar(m, vStart - cueEnd, text, vStart)) {
      if (negatedBetween(w, text, segmentFrom, vStart)) return undefined;
      if (lastJudging(w, w.perUnit, text, Math.max(cs, vStart - JUDGE_REACH), vStart) !== undefined) return undefined;
      const from = w.from.last(text, Math.max(segmentFrom, vStart - 2), vStart);
      const period = from ? 'other' : periodFor(ctx, w, text, contextFrom, cs, cueStart, segmentFrom, vStart, ctx.year);
      if (period === 'report') {
        const parsed = parseMatch(x, m);
        if (!parsed) return undefined;
        return new Match(
          parsed.value,
          vStart,
          ctx,
          cs,
          vStart,
          quote(index, cs, ce, cueStart, vEnd, parsed.approximate),
        );
      }
      passedOver ??= period;
    }
    segmentFrom = vEnd;
  }
  // nothing taken in the cue's clause: the level may follow (…同比下降3个百分点，为9.5%)
  if (!continues) return undefined;
  let from = ce;
  for (let k = 0; k < CONTINUATION_CLAUSES && from < se && text[from] !== '\n' && text[from] !== '。'; k++) {
    const [ns, ne] = index.clause(from + 1);
    const m = continuationValue(w, x, text, ns, ne, ctx.year);
    if (m) {
      // only a dated or comparative clause is continued; after another period's figure, only by a report-year clause
      const clauseTag = passedOver ?? clauseMarksPeriod(w, text, contextFrom, cs, cueStart, cueEnd, ce, ctx.year);
      if (!clauseTag || (clauseTag === 'other' && !m.dated)) return undefined;
      const parsed = parseMatch(x, m.match);
      if (!parsed) return undefined;
      return new Match(
        parsed.value,
        m.at,
        ctx,
        cs,
        cueStart,
        quote(index, cs, ne, cueStart, m.at + m.match[0].length, parsed.approximate),
      );
    }
    from = ne;
  }
  return undefined;
}

/** At most this many characters between a cue's value window and its clause's end for a continuation. */
const CONTINUATION_GAP = 24;
const NUMERAL_CHARS = new CodeSet('零〇一二两三四五六七八九十百千万');

/** Whether a digit or Chinese numeral stands in [from, to): a look at each character, no substring or regex per cue. */
function numeralIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || NUMERAL_CHARS.has(c)) return true;
  }
  return false;
}
/** How far past the cue's clause a continuing figure may lie (…，2024年为90%). */
const NUMERAL_REACH = 40;

/** A one-character Chinese numeral (纠错四件) counts only right after its cue or a level word. */
function singleNumeralTooFar(m: RegExpExecArray, gap: number, text: string, vStart: number): boolean {
  if (m.groups?.cn1s === undefined) return false;
  return gap > 2 && !/[为共计达有]/u.test(text[vStart - 1] ?? '');
}

/** Whether the cue's clause dates or compares its figure, so a continuing clause may give the level. */
function clauseMarksPeriod(
  w: ClaimWords,
  text: string,
  contextFrom: number,
  cs: number,
  cueStart: number,
  cueEnd: number,
  ce: number,
  year: number | undefined,
): Period | undefined {
  if (isChange(w, text, cueEnd, ce)) return 'change';
  const tag =
    lastPeriodTag(w, text, Math.max(cs, cueStart - PERIOD_REACH), ce, year) ??
    lastPeriodTag(w, text, contextFrom, cueStart, year, true);
  return tag?.period === 'other' ? 'other' : undefined;
}

const YEAR_AT = /^((?:19|20)\d{2})\s*年度?/u;

/**
 * A clause that can continue a dated or comparative one with the level: [report year]
 * [change word] level word, then the figure (2024年为90% / 达到95% / 为9.5%). `dated` when it
 * names the report year: only such a clause continues another period's figure (2023年…100%，
 * 为全市第一 does not).
 */
function continuationValue(
  w: ClaimWords,
  x: FactExtractor,
  text: string,
  ns: number,
  ne: number,
  year: number | undefined,
): { match: RegExpExecArray; at: number; dated: boolean } | undefined {
  let p = ns;
  while (p < ne && /\s/u.test(text[p]!)) p++;
  let dated = false;
  const y = YEAR_AT.exec(text.slice(p, Math.min(ne, p + 8)));
  if (y) {
    if (year === undefined || Number(y[1]) !== year) return undefined;
    p += y[0].length;
    dated = true;
  } else {
    const t = w.thisYear.at(text, p);
    if (t) {
      p += t.length;
      dated = true;
    }
  }
  const change = w.change.at(text, p);
  if (change) p += change.length;
  const level = w.level.at(text, p);
  if (level) p += level.length;
  else if (change || !dated) return undefined;
  const re = x.valueSticky!;
  re.lastIndex = p;
  const m = re.exec(text);
  if (!m || m.index + m[0].length > ne) return undefined;
  return { match: m, at: p + (m[0].length - m[0].trimStart().length), dated };
}

/** The last figure ending within maxGap characters before a trailing cue, in the cue's clause. */
export function valueBefore(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
): FactMatch | undefined {
  const text = index.text;
  const w = ctx.words;
  const [cs, ce] = index.clause(cueStart);
  const from = Math.max(cs, cueStart - x.maxGap - 24);
  // every figure has a digit or a Chinese numeral: without one, the pattern is not run
  if (!valueCharIn(text, from, cueStart)) return undefined;
  if (excluded(text, cs, ce, x, cueStart)) return undefined;
  const window = text.slice(from, cueStart);
  const re = x.value!;
  re.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = re.exec(window); m; m = re.exec(window)) last = m;
  if (!last || window.length - (last.index + last[0].length) > x.maxGap) return undefined;
  const vStart = from + last.index;
  if (glued(text, vStart)) return undefined;
  if (modality(w, text, cs, vStart, vStart, cueStart, index.sentence(vStart)[0]) !== 'result') return undefined;
  if (lastJudging(w, w.perUnit, text, Math.max(cs, vStart - JUDGE_REACH), vStart) !== undefined) return undefined;
  const [ss] = index.sentence(vStart);
  if (
    periodFor(
      ctx,
      w,
      text,
      Math.max(ss, vStart - PERIOD_REACH),
      cs,
      vStart,
      Math.max(cs, vStart - 12),
      vStart,
      ctx.year,
    ) !== 'report'
  )
    return undefined;
  const parsed = parseMatch(x, last);
  if (!parsed) return undefined;
  return new Match(
    parsed.value,
    vStart,
    ctx,
    cs,
    vStart,
    quote(index, cs, ce, vStart, cueStart + 1, parsed.approximate),
  );
}

/** A stated zero of a count fact (未发生行政诉讼案件 → 0), judged like any claim: not a target, not another year's. */
export function zeroAt(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
  cueEnd: number,
): FactMatch | undefined {
  const text = index.text;
  const w = ctx.words;
  const [cs, ce] = index.clause(cueStart);
  if (excluded(text, cs, ce, x, cueStart)) return undefined;
  const span = statedZero(w, text, cs, ce, cueStart, cueEnd);
  if (!span) return undefined;
  const [zs, ze] = span;
  if (lastJudging(w, w.target, text, Math.max(cs, zs - 20), zs)) return undefined;
  const [ss] = index.sentence(zs);
  if (
    !ctx.undated &&
    (
      lastPeriodTag(w, text, cs, zs, ctx.year) ??
      lastPeriodTag(w, text, Math.max(ss, zs - PERIOD_REACH), zs, ctx.year, true)
    )?.period === 'other'
  )
    return undefined;
  return new Match(0, cueStart, ctx, cs, zs, quote(index, cs, ce, zs, ze, false, STATED_ZERO_NOTE));
}
