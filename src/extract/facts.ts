import type { Evidence } from '../model/common.js';
import type { FactValue } from '../model/report.js';
import type { CueHits } from './cue-scan.js';
import type { FactExtractor } from './compile.js';
import { parseDate, parseNumeral, round } from './numbers.js';
import type { TextIndex } from './text-index.js';

/** One place a fact's value was read from. */
export interface FactMatch {
  value: FactValue;
  /** where the value itself starts: two cues reading the same number count once */
  valueOffset: number;
  evidence: Evidence;
  /** enum/boolean facts: the position of the value in the pack's valueCues (lower wins) */
  rank?: number;
}

const QUOTE_MAX = 60;

/** Every statement of one fact in the text, in document order. */
export function findFactMatches(index: TextIndex, x: FactExtractor, hits: CueHits): FactMatch[] {
  const text = index.text;
  const matches: FactMatch[] = [];
  const seen = new Set<number>();
  const push = (m: FactMatch | undefined) => {
    if (m && !seen.has(m.valueOffset)) {
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
          const [cs, ce] = index.clause(at);
          if (excluded(text, cs, ce, x)) continue;
          push({ value: typedEnum(x, value), valueOffset: cs, rank, evidence: quote(index, cs, ce, at, at + cue.length, false) });
        }
      }
    }
  }
  if (x.value) {
    for (const cue of x.cues) {
      for (const at of hits.of(cue)) {
        if (!cueAllowed(text, at, cue, x)) continue;
        push(valueAfter(index, x, at, at + cue.length));
      }
    }
    for (const cue of x.cuesAfterValue) {
      for (const at of hits.of(cue)) {
        if (!cueAllowed(text, at, cue, x)) continue;
        push(valueBefore(index, x, at));
      }
    }
  }
  if (x.pattern) {
    for (const m of x.pattern.matchAll(text)) {
      const raw = m.value ?? m.text;
      const vAt = m.index + Math.max(0, m.text.indexOf(raw));
      const parsed = parseValue(x, raw);
      if (parsed === undefined) continue;
      const [cs, ce] = index.clause(vAt);
      push({ value: parsed.value, valueOffset: vAt, evidence: quote(index, cs, ce, m.index, m.index + m.text.length, parsed.approximate) });
    }
  }
  return matches.sort((a, b) => a.evidence.offset! - b.evidence.offset! || a.valueOffset - b.valueOffset);
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

/** The first value within maxGap characters after the cue, in the cue's clause. */
function valueAfter(index: TextIndex, x: FactExtractor, cueStart: number, cueEnd: number): FactMatch | undefined {
  const [cs, ce1] = index.clause(cueStart);
  let ce = ce1;
  for (let k = 1; k < x.spanClauses && ce < index.text.length && index.text[ce] !== '\n' && index.text[ce] !== '。'; k++) ce = index.clause(ce + 1)[1];
  if (cueEnd > ce || excluded(index.text, cs, ce, x)) return undefined;
  const window = index.text.slice(cueEnd, Math.min(ce, cueEnd + x.maxGap + 24));
  const re = x.value!;
  re.lastIndex = 0;
  const m = re.exec(window);
  if (!m || m.index > x.maxGap) return undefined;
  // a number glued to a preceding digit or 第 is part of something else
  const prev = m.index > 0 ? window[m.index - 1] : index.text[cueEnd - 1];
  if (m.index > 0 && (/\d/.test(prev!) || prev === '第' || prev === '.')) return undefined;
  const parsed = parseMatch(x, m);
  if (!parsed) return undefined;
  const vStart = cueEnd + m.index;
  return { value: parsed.value, valueOffset: vStart, evidence: quote(index, cs, ce, cueStart, vStart + m[0].length, parsed.approximate) };
}

/** The last value ending within maxGap characters before a trailing cue, in the cue's clause. */
function valueBefore(index: TextIndex, x: FactExtractor, cueStart: number): FactMatch | undefined {
  const [cs, ce] = index.clause(cueStart);
  if (excluded(index.text, cs, ce, x)) return undefined;
  const from = Math.max(cs, cueStart - x.maxGap - 24);
  const window = index.text.slice(from, cueStart);
  const re = x.value!;
  re.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = re.exec(window); m; m = re.exec(window)) last = m;
  if (!last || window.length - (last.index + last[0].length) > x.maxGap) return undefined;
  const before = last.index > 0 ? window[last.index - 1] : index.text[from - 1];
  if (before !== undefined && (/\d/.test(before) || before === '第' || before === '.')) return undefined;
  const parsed = parseMatch(x, last);
  if (!parsed) return undefined;
  const vStart = from + last.index;
  return { value: parsed.value, valueOffset: vStart, evidence: quote(index, cs, ce, vStart, cueStart + 1, parsed.approximate) };
}

interface Parsed {
  value: FactValue;
  approximate: boolean;
}

function parseMatch(x: FactExtractor, m: RegExpExecArray): Parsed | undefined {
  const g = m.groups ?? {};
  const approximate = Boolean(g.pre || g.post || g.post2 || g.post3 || g.post4);
  if (g.cn1 !== undefined) g.cn = g.cn1;
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
