import type { Evidence } from '../model/common.js';
import type { FactValue } from '../model/report.js';
import type { CueHits } from './cue-scan.js';
import { CUE_GAP, type FactExtractor } from './compile.js';
import { parseDate, parseNumeral, round } from './numbers.js';
import { judging, lastJudging, type ClaimWords } from './claim-words.js';
import { modality, negatedBetween } from './polarity.js';
import { scopeAt } from './scope.js';
import type { TextIndex } from './text-index.js';
import { isChange, lastPeriodTag, periodOf, type Period } from './time.js';
import { STATED_ZERO_NOTE, statedZero } from './zero.js';

/** One place a fact's value was read from. */
export interface FactMatch {
  value: FactValue;
  /** where the value itself starts: two cues reading the same number count once */
  valueOffset: number;
  /** where the quote starts: statements sort by it */
  at: number;
  /** built on first read */
  readonly evidence: Evidence;
  /** enum/boolean facts: the position of the value in the pack's valueCues (lower wins) */
  rank?: number;
  /** whose figure the clause gives (vocabulary scopes), or unspecified */
  scope: string;
}

/** What extraction judges a claim by: the pack's judgement words and the year the report is about. */
export interface ClaimContext {
  words: ClaimWords;
  year: number | undefined;
  /** the fact's figures are the report year's whatever period the clause names */
  undated: boolean;
}

/** The context a fact is judged in: a fact whose figures are about another period by definition (anyPeriod) is not dated. */
function forFact(ctx: ClaimContext, x: FactExtractor): ClaimContext {
  return x.anyPeriod ? { words: ctx.words, year: ctx.year, undated: true } : ctx;
}

/** periodOf, except that an undated fact's figure is always the report year's (unless it is a change). */
function periodFor(
  ctx: ClaimContext,
  w: ClaimWords,
  text: string,
  contextFrom: number,
  cs: number,
  cueStart: number,
  segmentFrom: number,
  valueStart: number,
  year: number | undefined,
): Period {
  if (!ctx.undated) return periodOf(w, text, contextFrom, cs, cueStart, segmentFrom, valueStart, year);
  return isChange(w, text, segmentFrom, valueStart) ? 'change' : 'report';
}

const QUOTE_MAX = 60;
/** How far back a year or this/last-year word before a cue still dates its figure. */
const PERIOD_REACH = 40;
/** How many clauses on a figure may continue an other-year or change clause (2023年为100%，2024年为90%). */
const CONTINUATION_CLAUSES = 2;

/** Every statement of one fact in the text that claims a result, in document order. */
export function findFactMatches(
  index: TextIndex,
  x: FactExtractor,
  hits: CueHits,
  ctx: ClaimContext,
  accept: (m: FactMatch) => boolean = acceptAll,
): FactMatch[] {
  ctx = forFact(ctx, x);
  const text = index.text;
  const matches: FactMatch[] = [];
  // two cues reading the same figure count once; a fact has few statements, so a list does
  const seen: number[] = [];
  if (x.valueCues) {
    // enum/boolean: the first value (in the pack's order) stated decides, at its first statement
    // that is not an item heading — so later values and later statements need no judging
    const settles = !x.coverage;
    for (const [rank, [value]] of x.valueCues.entries()) {
      const spots: Array<[at: number, end: number]> = [];
      for (const { first, second, anchor } of x.valueCueParts![rank]!) {
        for (const hit of hits.of(anchor)) {
          // the rarer (longer) word of a split cue is scanned for; the other is looked for beside it
          const at = second === undefined || anchor === first ? hit : firstPartStart(index, hit, first);
          const end = second === undefined ? hit + first.length : anchor === first ? secondPartEnd(index, hit + first.length, second) : hit + second.length;
          if (at === undefined || end === undefined || !cueAllowed(text, at, end - at, x)) continue;
          spots.push([at, end]);
        }
      }
      spots.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      for (const [at, end] of spots) {
        const m = valueCueClaim(index, x, ctx, value, rank, at, end);
        if (pushMatch(seen, matches, accept, m) && settles && !isItemHeading(index, m!.at)) return matches;
      }
      // a coverage fact's claims may read as a better value (partial) anywhere: judge them all
      if (settles && matches.some((m) => (m.rank ?? 0) <= rank)) return matches;
    }
  }
  if (x.value) {
    for (const cue of x.cues) {
      for (const at of hits.of(cue)) {
        if (!cueAllowed(text, at, cue.length, x)) continue;
        pushMatch(seen, matches, accept, valueAfter(index, x, ctx, at, at + cue.length));
      }
    }
    for (const cue of x.contextCues) {
      for (const at of hits.of(cue)) {
        if (!cueAllowed(text, at, cue.length, x) || !sentenceHas(index, at, x.context)) continue;
        pushMatch(seen, matches, accept, valueAfter(index, x, ctx, at, at + cue.length));
      }
    }
    for (const cue of x.cuesAfterValue) {
      for (const at of hits.of(cue)) {
        if (!cueAllowed(text, at, cue.length, x)) continue;
        pushMatch(seen, matches, accept, valueBefore(index, x, ctx, at));
      }
    }
    for (const cue of x.contextCuesAfterValue) {
      for (const at of hits.of(cue)) {
        if (!cueAllowed(text, at, cue.length, x) || !sentenceHas(index, at, x.context)) continue;
        pushMatch(seen, matches, accept, valueBefore(index, x, ctx, at));
      }
    }
  }
  if (x.type === 'count') {
    for (const cue of x.zeroCues) for (const at of hits.of(cue)) pushMatch(seen, matches, accept, zeroAt(index, x, ctx, at, at + cue.length));
  }
  if (x.pattern) {
    for (const m of x.pattern.matchAll(text)) {
      const raw = m.value ?? m.text;
      const vAt = m.index + Math.max(0, m.text.indexOf(raw));
      const parsed = parseValue(x, raw);
      if (parsed === undefined) continue;
      const [cs, ce] = index.clause(vAt);
      if (modality(ctx.words, text, cs, ce, m.index, m.index + m.text.length, index.sentence(vAt)[0]) !== 'result') continue;
      pushMatch(seen, matches, accept, new Match(parsed.value, vAt, ctx, cs, vAt, quote(index, cs, ce, m.index, m.index + m.text.length, parsed.approximate)));
    }
  }
  return matches.sort((a, b) => a.at - b.at || a.valueOffset - b.valueOffset);
}

const acceptAll = (_m: FactMatch): boolean => true;

/** Keeps a judged statement unless its figure was read already (a module function: a closure per call costs a naming call under tsx). */
function pushMatch(seen: number[], matches: FactMatch[], accept: (m: FactMatch) => boolean, m: FactMatch | undefined): boolean {
  if (m && !seen.includes(m.valueOffset) && accept(m)) {
    seen.push(m.valueOffset);
    matches.push(m);
    return true;
  }
  return false;
}

function scopeOfClause(index: TextIndex, ctx: ClaimContext, cs: number, at: number): string {
  return scopeAt(ctx.words, index.text, cs, index.sentence(at)[0], at);
}

/** Where the second word of a split cue ends, when it follows within CUE_GAP characters in the same clause. */
function secondPartEnd(index: TextIndex, from: number, second: string): number | undefined {
  const [, ce] = index.clause(from);
  const k = index.text.slice(from, Math.min(ce, from + CUE_GAP + second.length)).indexOf(second);
  return k >= 0 ? from + k + second.length : undefined;
}

/** Where the first word of a split cue starts, when it comes within CUE_GAP characters before `to` in the same clause. */
function firstPartStart(index: TextIndex, to: number, first: string): number | undefined {
  const [cs] = index.clause(to);
  const from = Math.max(cs, to - CUE_GAP - first.length);
  const k = index.text.slice(from, to).lastIndexOf(first);
  return k >= 0 ? from + k : undefined;
}

function sentenceHas(index: TextIndex, at: number, words: string[]): boolean {
  const [ss, se] = near(...index.sentence(at), at);
  const sentence = index.text.slice(ss, se);
  return words.some((w) => sentence.includes(w));
}

/**
 * An enum/boolean value cue, judged. A coverage fact's claim whose sentence says coverage is
 * only partly achieved (仍有…未, 没有实现全覆盖, 目前已完成60%) reads as partial, even
 * beside a target. Otherwise a target claim is no result, and a negated one gives the value
 * the pack maps it to (whenNegated: 没有聘请法律顾问 → none) or nothing — never the value
 * it denies. A negation inside a relative clause (对未落实…的单位) describes others: nothing.
 */
function valueCueClaim(index: TextIndex, x: FactExtractor, ctx: ClaimContext, value: string, rank: number, at: number, end: number): FactMatch | undefined {
  const text = index.text;
  const [cs, ce] = index.clause(at);
  if (excluded(text, cs, ce, x, at)) return undefined;
  const mode = modality(ctx.words, text, cs, ce, at, end, index.sentence(at)[0]);
  const cov = x.coverage;
  let v: string | undefined = value;
  if (cov && value !== cov.partial && partlyAchieved(index, ctx, cov.words ?? [], at)) v = cov.partial;
  else if (mode === 'target') return undefined;
  else if (mode === 'negated') v = x.whenNegated?.[value];
  // a denial inside a relative clause describes others (对未落实执法公示制度的单位)
  if (v === undefined || ((mode === 'negated' || lastJudging(ctx.words, ctx.words.negation, text, at, end) !== undefined) && relativeClauseAfter(text, end, ce))) return undefined;
  let r = rank;
  if (v !== value) {
    r = x.valueCues!.findIndex(([name]) => name === v);
    if (r < 0) return undefined;
  }
  return new Match(typedEnum(x, v), cs, ctx, cs, at, quote(index, cs, ce, at, end, false), r);
}

/** How far after a denied claim a 的 makes it a relative clause. */
const RELATIVE_REACH = 6;

function relativeClauseAfter(text: string, end: number, ce: number): boolean {
  return text.slice(end, Math.min(ce, end + RELATIVE_REACH)).includes('的');
}

/** How far after a negation a coverage word still is what it denies (没有实现全覆盖). */
const COVERAGE_NEGATION_REACH = 6;

/**
 * The sentence says coverage is only partly achieved: a partial word (仍有, 目前已完成), a
 * negation right before a coverage word (没有实现全覆盖), or a rate under 100% in a clause
 * naming coverage or a rate.
 */
function partlyAchieved(index: TextIndex, ctx: ClaimContext, coverageWords: string[], at: number): boolean {
  const w = ctx.words;
  const [ss, se] = near(...index.sentence(at), at);
  const text = index.text;
  if (lastJudging(w, w.partial, text, ss, se) !== undefined) return true;
  for (const n of judging(w, w.negation, text, ss, se)) {
    const after = text.slice(n.at + n.word.length, Math.min(se, n.at + n.word.length + COVERAGE_NEGATION_REACH + 3));
    if (coverageWords.some((c) => after.includes(c))) return true;
  }
  for (const m of text.slice(ss, se).matchAll(/(\d+(?:\.\d+)?)\s*%/gu)) {
    if (Number(m[1]) >= 100) continue;
    const [cs, ce] = index.clause(ss + m.index);
    const clause = text.slice(cs, ce);
    if (clause.includes('率') || coverageWords.some((c) => clause.includes(c))) return true;
  }
  return false;
}

function typedEnum(x: FactExtractor, value: string): FactValue {
  if (x.type === 'boolean') return value === 'true';
  return value;
}

function cueAllowed(text: string, at: number, cueLength: number, x: FactExtractor): boolean {
  for (const w of x.notPrecededBy) if (at >= w.length && text.startsWith(w, at - w.length)) return false;
  for (const w of x.notFollowedBy) if (text.startsWith(w, at + cueLength)) return false;
  return true;
}

/**
 * Judgement looks at most this far either side of a statement: an unpunctuated text makes one
 * clause or sentence of everything, and reading it whole for every cue would be quadratic.
 */
const JUDGE_REACH = 120;
const near = (s: number, e: number, at: number): [number, number] => [Math.max(s, at - JUDGE_REACH), Math.min(e, at + JUDGE_REACH)];

function excluded(text: string, cs: number, ce: number, x: FactExtractor, at: number): boolean {
  if (x.exclude.length === 0) return false;
  const [s, e] = near(cs, ce, at);
  const clause = text.slice(s, e);
  return x.exclude.some((w) => clause.includes(w));
}

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
function valueAfter(index: TextIndex, x: FactExtractor, ctx: ClaimContext, cueStart: number, cueEnd: number): FactMatch | undefined {
  const text = index.text;
  const w = ctx.words;
  const [cs, ce1] = index.clause(cueStart);
  let ce = ce1;
  for (let k = 1; k < x.spanClauses && ce < text.length && text[ce] !== '\n' && text[ce] !== '。'; k++) ce = index.clause(ce + 1)[1];
  if (cueEnd > ce || excluded(text, cs, ce, x, cueStart)) return undefined;
  const windowEnd = Math.min(ce, cueEnd + x.maxGap + 24);
  // a continuing clause (…，2024年为90%) follows only a cue near its clause's end
  const continues = ce - windowEnd <= CONTINUATION_GAP;
  // most cue words stand with no figure after them: skip the judging then
  if (!numeralIn(text, cueEnd, windowEnd) && !(continues && numeralIn(text, ce, Math.min(text.length, ce + NUMERAL_REACH)))) return undefined;
  const [ss, se] = index.sentence(cueStart);
  // the words between cue and figure are judged with the figure (未达到100%), not here
  if (modality(w, text, cs, cueStart, cueStart, cueEnd, ss) !== 'result') return undefined;
  const contextFrom = Math.max(ss, cueStart - PERIOD_REACH);
  const re = x.value!;
  re.lastIndex = 0;
  const window = text.slice(cueEnd, windowEnd);
  let segmentFrom = cueEnd;
  let passedOver: Period | undefined;
  for (let m = re.exec(window); m; m = re.exec(window)) {
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
        return new Match(parsed.value, vStart, ctx, cs, vStart, quote(index, cs, ce, cueStart, vEnd, parsed.approximate));
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
      return new Match(parsed.value, m.at, ctx, cs, cueStart, quote(index, cs, ne, cueStart, m.at + m.match[0].length, parsed.approximate));
    }
    from = ne;
  }
  return undefined;
}

/** At most this many characters between a cue's value window and its clause's end for a continuation. */
const CONTINUATION_GAP = 24;
const NUMERAL_CHARS = new Set([...'零〇一二两三四五六七八九十百千万'].map((c) => c.charCodeAt(0)));

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
function clauseMarksPeriod(w: ClaimWords, text: string, contextFrom: number, cs: number, cueStart: number, cueEnd: number, ce: number, year: number | undefined): Period | undefined {
  if (isChange(w, text, cueEnd, ce)) return 'change';
  const tag = lastPeriodTag(w, text, Math.max(cs, cueStart - PERIOD_REACH), ce, year) ?? lastPeriodTag(w, text, contextFrom, cueStart, year, true);
  return tag?.period === 'other' ? 'other' : undefined;
}

const YEAR_AT = /^((?:19|20)\d{2})\s*年度?/u;

/**
 * A clause that can continue a dated or comparative one with the level: [report year]
 * [change word] level word, then the figure (2024年为90% / 达到95% / 为9.5%). `dated` when it
 * names the report year: only such a clause continues another period's figure (2023年…100%，
 * 为全市第一 does not).
 */
function continuationValue(w: ClaimWords, x: FactExtractor, text: string, ns: number, ne: number, year: number | undefined): { match: RegExpExecArray; at: number; dated: boolean } | undefined {
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
function valueBefore(index: TextIndex, x: FactExtractor, ctx: ClaimContext, cueStart: number): FactMatch | undefined {
  const text = index.text;
  const w = ctx.words;
  const [cs, ce] = index.clause(cueStart);
  if (excluded(text, cs, ce, x, cueStart)) return undefined;
  const from = Math.max(cs, cueStart - x.maxGap - 24);
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
  if (periodFor(ctx, w, text, Math.max(ss, vStart - PERIOD_REACH), cs, vStart, Math.max(cs, vStart - 12), vStart, ctx.year) !== 'report') return undefined;
  const parsed = parseMatch(x, last);
  if (!parsed) return undefined;
  return new Match(parsed.value, vStart, ctx, cs, vStart, quote(index, cs, ce, vStart, cueStart + 1, parsed.approximate));
}

/** A stated zero of a count fact (未发生行政诉讼案件 → 0), judged like any claim: not a target, not another year's. */
function zeroAt(index: TextIndex, x: FactExtractor, ctx: ClaimContext, cueStart: number, cueEnd: number): FactMatch | undefined {
  const text = index.text;
  const w = ctx.words;
  const [cs, ce] = index.clause(cueStart);
  if (excluded(text, cs, ce, x, cueStart)) return undefined;
  const span = statedZero(w, text, cs, ce, cueStart, cueEnd);
  if (!span) return undefined;
  const [zs, ze] = span;
  if (lastJudging(w, w.target, text, Math.max(cs, zs - 20), zs)) return undefined;
  const [ss] = index.sentence(zs);
  if (!ctx.undated && (lastPeriodTag(w, text, cs, zs, ctx.year) ?? lastPeriodTag(w, text, Math.max(ss, zs - PERIOD_REACH), zs, ctx.year, true))?.period === 'other') return undefined;
  return new Match(0, cueStart, ctx, cs, zs, quote(index, cs, ce, zs, ze, false, STATED_ZERO_NOTE));
}

interface Parsed {
  value: FactValue;
  approximate: boolean;
}

function parseMatch(x: FactExtractor, m: RegExpExecArray): Parsed | undefined {
  const g = m.groups ?? {};
  const approximate = Boolean(g.pre || g.post || g.post2 || g.post3 || g.post4);
  if (g.cn1 !== undefined) g.cn = g.cn1;
  if (g.cn1s !== undefined) g.cn = g.cn1s;
  if (x.type === 'date') {
    const d = parseDate(g.date!.replace(/\s+/g, ''));
    return d ? { value: d, approximate: false } : undefined;
  }
  let n: number | undefined;
  if (g.n !== undefined) n = parseNumeral(g.n);
  else if (g.cn !== undefined) n = g.cn === '百' ? 100 : parseChinesePercentOrCount(g.cn);
  if (n === undefined || !Number.isFinite(n)) return undefined;
  if (g.wan) n *= 10000;
  n = round(n);
  if (x.type === 'percent' && (n < 0 || n > 100)) return undefined;
  if (x.type === 'count' && !Number.isInteger(n)) return undefined;
  return { value: n, approximate };
}

/** 九十九点五 → 99.5; 三十 → 30. */
function parseChinesePercentOrCount(cn: string): number | undefined {
  const [int, frac] = cn.split('点');
  const i = parseNumeral(int!);
  if (i === undefined) return undefined;
  if (frac === undefined) return i;
  const digits = [...frac].map((c) => parseNumeral(c));
  if (digits.some((d) => d === undefined || d > 9)) return undefined;
  return Number(`${i}.${digits.join('')}`);
}

function parseValue(x: FactExtractor, raw: string): Parsed | undefined {
  const re = x.value;
  if (re) {
    re.lastIndex = 0;
    const m = re.exec(raw);
    if (m) return parseMatch(x, m);
  }
  // An auditor's pattern may capture the bare number ((?<value>\d+)宗): read it as the fact's number.
  if (x.type === 'count' || x.type === 'percent' || x.type === 'number') {
    const n = parseNumeral(raw.trim().replace(/[%％]$/, ''));
    if (n !== undefined && (x.type !== 'count' || Number.isInteger(n))) return { value: n, approximate: false };
  }
  if (x.type === 'text') return { value: raw.trim(), approximate: false };
  if (x.type === 'boolean') return { value: !/^(否|无|未|false)/i.test(raw.trim()), approximate: false };
  if (x.type === 'enum' && x.values?.includes(raw.trim())) return { value: raw.trim(), approximate: false };
  return undefined;
}

/**
 * The clause as evidence; a long clause is narrowed to the words around the match. Built
 * only when read: most statements found are judged away or outranked, and building a quote
 * (line, column, trimmed text) for each cost more than judging it.
 */
function quote(index: TextIndex, cs: number, ce: number, ms: number, me: number, approximate: boolean, note?: string): Quote {
  let s = cs;
  let e = ce;
  if (e - s > QUOTE_MAX) {
    s = Math.max(cs, ms - 24);
    e = Math.min(ce, Math.max(me, s) + 12);
  }
  // one shape for every quote: note is always present, undefined when there is none
  return { index, s, e, approximate, note: note || undefined };
}

interface Quote {
  index: TextIndex;
  s: number;
  e: number;
  approximate: boolean;
  note: string | undefined;
}

class Match implements FactMatch {
  private built?: Evidence;
  private judgedScope?: string;
  readonly at: number;
  constructor(
    readonly value: FactValue,
    readonly valueOffset: number,
    // a clause's scope is judged only when asked for: most facts need it only for the statement they keep
    private readonly ctx: ClaimContext,
    private readonly clauseStart: number,
    private readonly scopeFrom: number,
    private readonly q: Quote,
    readonly rank?: number,
  ) {
    this.at = q.s;
  }
  get scope(): string {
    return (this.judgedScope ??= scopeOfClause(this.q.index, this.ctx, this.clauseStart, this.scopeFrom));
  }
  set scope(s: string) {
    this.judgedScope = s;
  }
  get evidence(): Evidence {
    if (!this.built) {
      this.built = this.q.index.evidence(this.q.s, this.q.e, this.q.approximate);
      if (this.q.note) this.built.note = this.q.note;
    }
    return this.built;
  }
}

const ITEM_MARK = /^(?:[一二三四五六七八九十]+是|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/u;

/** A short one-clause sentence opening with an item number: a heading, not a statement (一是落实普法责任制。). */
export function isItemHeading(index: TextIndex, offset: number): boolean {
  const [s, e] = index.sentence(offset);
  if (e - s > 40) return false;
  const sentence = index.text.slice(s, e).trim();
  return sentence.length <= 14 && ITEM_MARK.test(sentence) && !/[,，；;]/u.test(sentence);
}
