import type { Evidence } from '../model/common.js';
import type { FactValue } from '../model/report.js';
import type { CueHits } from './cue-scan.js';
import type { FactExtractor } from './compile.js';
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
  evidence: Evidence;
  /** enum/boolean facts: the position of the value in the pack's valueCues (lower wins) */
  rank?: number;
  /** whose figure the clause gives (vocabulary scopes), or unspecified */
  scope: string;
}

/** What extraction judges a claim by: the pack's judgement words and the year the report is about. */
export interface ClaimContext {
  words: ClaimWords;
  year?: number;
}

const QUOTE_MAX = 60;
/** How far back a year or this/last-year word before a cue still dates its figure. */
const PERIOD_REACH = 40;
/** How many clauses on a figure may continue an other-year or change clause (2023年为100%，2024年为90%). */
const CONTINUATION_CLAUSES = 2;

/** Every statement of one fact in the text that claims a result, in document order. */
export function findFactMatches(index: TextIndex, x: FactExtractor, hits: CueHits, ctx: ClaimContext): FactMatch[] {
  const text = index.text;
  const matches: FactMatch[] = [];
  const seen = new Set<number>();
  const push = (m: FactMatch | undefined) => {
    if (m && !seen.has(m.valueOffset) && (!x.scopes || x.scopes.has(m.scope))) {
      seen.add(m.valueOffset);
      matches.push(m);
    }
  };
  if (x.valueCues) {
    // enum/boolean: the first value (in the pack's order) whose words appear decides each clause
    for (const [rank, [value, cues]] of x.valueCues.entries()) {
      for (const cue of cues) {
        for (const at of hits.of(cue)) {
          if (!cueAllowed(text, at, cue, x)) continue;
          push(valueCueClaim(index, x, ctx, value, rank, at, at + cue.length));
        }
      }
    }
  }
  if (x.value) {
    for (const cue of x.cues) {
      for (const at of hits.of(cue)) {
        if (!cueAllowed(text, at, cue, x)) continue;
        push(valueAfter(index, x, ctx, at, at + cue.length));
      }
    }
    for (const cue of x.contextCues) {
      for (const at of hits.of(cue)) {
        if (!cueAllowed(text, at, cue, x) || !sentenceHas(index, at, x.context)) continue;
        push(valueAfter(index, x, ctx, at, at + cue.length));
      }
    }
    for (const cue of x.cuesAfterValue) {
      for (const at of hits.of(cue)) {
        if (!cueAllowed(text, at, cue, x)) continue;
        push(valueBefore(index, x, ctx, at));
      }
    }
  }
  if (x.def.type === 'count') {
    for (const cue of x.zeroCues) for (const at of hits.of(cue)) push(zeroAt(index, x, ctx, at, at + cue.length));
  }
  if (x.pattern) {
    for (const m of x.pattern.matchAll(text)) {
      const raw = m.value ?? m.text;
      const vAt = m.index + Math.max(0, m.text.indexOf(raw));
      const parsed = parseValue(x, raw);
      if (parsed === undefined) continue;
      const [cs, ce] = index.clause(vAt);
      push({ value: parsed.value, valueOffset: vAt, scope: scopeOfClause(index, ctx, cs, vAt), evidence: quote(index, cs, ce, m.index, m.index + m.text.length, parsed.approximate) });
    }
  }
  return matches.sort((a, b) => a.evidence.offset! - b.evidence.offset! || a.valueOffset - b.valueOffset);
}

function scopeOfClause(index: TextIndex, ctx: ClaimContext, cs: number, at: number): string {
  return scopeAt(ctx.words, index.text, cs, index.sentence(at)[0], at);
}

function sentenceHas(index: TextIndex, at: number, words: string[]): boolean {
  const [ss, se] = index.sentence(at);
  const sentence = index.text.slice(ss, se);
  return words.some((w) => sentence.includes(w));
}

/**
 * An enum/boolean value cue, judged: a negated or target claim is no result — except that a
 * coverage fact's full claim which the sentence says is only partly achieved (未实现…全覆盖,
 * 目前已完成60%) reads as partial.
 */
function valueCueClaim(index: TextIndex, x: FactExtractor, ctx: ClaimContext, value: string, rank: number, at: number, end: number): FactMatch | undefined {
  const text = index.text;
  const [cs, ce] = index.clause(at);
  if (excluded(text, cs, ce, x)) return undefined;
  const mode = modality(ctx.words, text, cs, ce, at, end);
  let v = value;
  let r = rank;
  const cov = x.def.coverage;
  if (cov && value === cov.full) {
    const partly = mode === 'negated' || partlyAchieved(index, ctx, at, end);
    if (partly) {
      v = cov.partial;
      r = x.valueCues!.findIndex(([name]) => name === cov.partial);
      if (r < 0) r = rank;
    } else if (mode !== 'result') return undefined;
  } else if (mode !== 'result') return undefined;
  return { value: typedEnum(x, v), valueOffset: cs, rank: r, scope: scopeOfClause(index, ctx, cs, at), evidence: quote(index, cs, ce, at, end, false) };
}

/** The sentence says a full claim is only partly achieved: a partial word, a later negation (，未实现全覆盖), or a rate under 100%. */
function partlyAchieved(index: TextIndex, ctx: ClaimContext, at: number, end: number): boolean {
  const [ss, se] = index.sentence(at);
  const text = index.text;
  if (judging(ctx.words, ctx.words.partial, text, ss, se).length > 0) return true;
  const [, ce] = index.clause(at);
  if (negatedBetween(ctx.words, text, ce, Math.min(se, ce + 20))) return true;
  for (const m of text.slice(ss, se).matchAll(/(\d+(?:\.\d+)?)\s*%/gu)) if (Number(m[1]) < 100) return true;
  void end;
  return false;
}

function typedEnum(x: FactExtractor, value: string): FactValue {
  if (x.def.type === 'boolean') return value === 'true';
  return value;
}

function cueAllowed(text: string, at: number, cue: string, x: FactExtractor): boolean {
  for (const w of x.notPrecededBy) if (at >= w.length && text.startsWith(w, at - w.length)) return false;
  for (const w of x.notFollowedBy) if (text.startsWith(w, at + cue.length)) return false;
  return true;
}

function excluded(text: string, cs: number, ce: number, x: FactExtractor): boolean {
  if (x.exclude.length === 0) return false;
  const clause = text.slice(cs, ce);
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
  if (cueEnd > ce || excluded(text, cs, ce, x)) return undefined;
  if (modality(w, text, cs, cueStart, cueStart, cueEnd) !== 'result') return undefined;
  const [ss, se] = index.sentence(cueStart);
  const contextFrom = Math.max(ss, cueStart - PERIOD_REACH);
  const windowEnd = Math.min(ce, cueEnd + x.maxGap + 24);
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
      if (judging(w, w.perUnit, text, cs, vStart).length > 0) return undefined;
      const period = periodOf(w, text, contextFrom, cueStart, segmentFrom, vStart, ctx.year);
      if (period === 'report') {
        const parsed = parseMatch(x, m);
        if (!parsed) return undefined;
        return { value: parsed.value, valueOffset: vStart, scope: scopeOfClause(index, ctx, cs, vStart), evidence: quote(index, cs, ce, cueStart, vEnd, parsed.approximate) };
      }
      passedOver ??= period;
    }
    segmentFrom = vEnd;
  }
  // nothing taken in the cue's clause: the level may follow (…同比下降3个百分点，为9.5%)
  const clauseTag = passedOver ?? clauseMarksPeriod(w, text, contextFrom, cueStart, cueEnd, ce, ctx.year);
  if (!clauseTag) return undefined;
  let from = ce;
  for (let k = 0; k < CONTINUATION_CLAUSES && from < se && text[from] !== '\n' && text[from] !== '。'; k++) {
    const [ns, ne] = index.clause(from + 1);
    const m = continuationValue(w, x, text, ns, ne, ctx.year, clauseTag);
    if (m) {
      const parsed = parseMatch(x, m.match);
      if (!parsed) return undefined;
      return { value: parsed.value, valueOffset: m.at, scope: scopeOfClause(index, ctx, cs, cueStart), evidence: quote(index, cs, ne, cueStart, m.at + m.match[0].length, parsed.approximate) };
    }
    from = ne;
  }
  return undefined;
}

/** A one-character Chinese numeral (纠错四件) counts only right after its cue or a level word. */
function singleNumeralTooFar(m: RegExpExecArray, gap: number, text: string, vStart: number): boolean {
  if (m.groups?.cn1s === undefined) return false;
  return gap > 2 && !/[为共计达有]/u.test(text[vStart - 1] ?? '');
}

/** Whether the cue's clause dates or compares its figure, so a continuing clause may give the level. */
function clauseMarksPeriod(w: ClaimWords, text: string, contextFrom: number, cueStart: number, cueEnd: number, ce: number, year: number | undefined): Period | undefined {
  if (isChange(w, text, cueEnd, ce)) return 'change';
  const tag = lastPeriodTag(w, text, cueEnd, ce, year) ?? lastPeriodTag(w, text, contextFrom, cueStart, year);
  return tag?.period === 'other' ? 'other' : undefined;
}

const YEAR_AT = /^((?:19|20)\d{2})\s*年度?/u;

/**
 * A clause continuing a dated or comparative one with the level: [report year][change word]
 * level word, then the figure (2024年为90% / 达到95% / 为9.5%). After another period's
 * figure only a report-year clause continues (2023年…100%，为全市第一 does not).
 */
function continuationValue(w: ClaimWords, x: FactExtractor, text: string, ns: number, ne: number, year: number | undefined, after: Period): { match: RegExpExecArray; at: number } | undefined {
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
  if (after === 'other' && !dated) return undefined;
  const change = w.change.at(text, p);
  if (change) p += change.length;
  const level = w.level.at(text, p);
  if (level) p += level.length;
  else if (change || !dated) return undefined;
  const re = new RegExp(x.value!.source, 'y');
  re.lastIndex = 0;
  const m = re.exec(text.slice(p, ne));
  return m ? { match: m, at: p + (m[0].length - m[0].trimStart().length) } : undefined;
}

/** The last figure ending within maxGap characters before a trailing cue, in the cue's clause. */
function valueBefore(index: TextIndex, x: FactExtractor, ctx: ClaimContext, cueStart: number): FactMatch | undefined {
  const text = index.text;
  const w = ctx.words;
  const [cs, ce] = index.clause(cueStart);
  if (excluded(text, cs, ce, x)) return undefined;
  const from = Math.max(cs, cueStart - x.maxGap - 24);
  const window = text.slice(from, cueStart);
  const re = x.value!;
  re.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = re.exec(window); m; m = re.exec(window)) last = m;
  if (!last || window.length - (last.index + last[0].length) > x.maxGap) return undefined;
  const vStart = from + last.index;
  if (glued(text, vStart)) return undefined;
  if (modality(w, text, cs, vStart, vStart, cueStart) !== 'result') return undefined;
  if (judging(w, w.perUnit, text, cs, vStart).length > 0) return undefined;
  const [ss] = index.sentence(vStart);
  if (periodOf(w, text, Math.max(ss, vStart - PERIOD_REACH), vStart, Math.max(cs, vStart - 12), vStart, ctx.year) !== 'report') return undefined;
  const parsed = parseMatch(x, last);
  if (!parsed) return undefined;
  return { value: parsed.value, valueOffset: vStart, scope: scopeOfClause(index, ctx, cs, vStart), evidence: quote(index, cs, ce, vStart, cueStart + 1, parsed.approximate) };
}

/** A stated zero of a count fact (未发生行政诉讼案件 → 0), judged like any claim: not a target, not another year's. */
function zeroAt(index: TextIndex, x: FactExtractor, ctx: ClaimContext, cueStart: number, cueEnd: number): FactMatch | undefined {
  const text = index.text;
  const w = ctx.words;
  const [cs, ce] = index.clause(cueStart);
  if (excluded(text, cs, ce, x)) return undefined;
  const span = statedZero(w, text, cs, ce, cueStart, cueEnd);
  if (!span) return undefined;
  const [zs, ze] = span;
  if (lastJudging(w, w.target, text, Math.max(cs, zs - 20), zs)) return undefined;
  const [ss] = index.sentence(zs);
  if (lastPeriodTag(w, text, Math.max(ss, zs - PERIOD_REACH), zs, ctx.year)?.period === 'other') return undefined;
  const evidence = quote(index, cs, ce, zs, ze, false);
  evidence.note = STATED_ZERO_NOTE;
  return { value: 0, valueOffset: cueStart, scope: scopeOfClause(index, ctx, cs, zs), evidence };
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
  if (x.def.type === 'date') {
    const d = parseDate(g.date!.replace(/\s+/g, ''));
    return d ? { value: d, approximate: false } : undefined;
  }
  let n: number | undefined;
  if (g.n !== undefined) n = parseNumeral(g.n);
  else if (g.cn !== undefined) n = g.cn === '百' ? 100 : parseChinesePercentOrCount(g.cn);
  if (n === undefined || !Number.isFinite(n)) return undefined;
  if (g.wan) n *= 10000;
  n = round(n);
  if (x.def.type === 'percent' && (n < 0 || n > 100)) return undefined;
  if (x.def.type === 'count' && !Number.isInteger(n)) return undefined;
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
  if (x.def.type === 'count' || x.def.type === 'percent' || x.def.type === 'number') {
    const n = parseNumeral(raw.trim().replace(/[%％]$/, ''));
    if (n !== undefined && (x.def.type !== 'count' || Number.isInteger(n))) return { value: n, approximate: false };
  }
  if (x.def.type === 'text') return { value: raw.trim(), approximate: false };
  if (x.def.type === 'boolean') return { value: !/^(否|无|未|false)/i.test(raw.trim()), approximate: false };
  if (x.def.type === 'enum' && x.def.values?.includes(raw.trim())) return { value: raw.trim(), approximate: false };
  return undefined;
}

/** The clause as evidence; a long clause is narrowed to the words around the match. */
function quote(index: TextIndex, cs: number, ce: number, ms: number, me: number, approximate: boolean): Evidence {
  let s = cs;
  let e = ce;
  if (e - s > QUOTE_MAX) {
    s = Math.max(cs, ms - 24);
    e = Math.min(ce, Math.max(me, s) + 12);
  }
  return index.evidence(s, e, approximate);
}
