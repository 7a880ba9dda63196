import type { FactValue } from '../model/report.js';
import type { FactExtractor } from './compile.js';
import { group } from './value-patterns.js';
import { isNumeralSpan, parseDate, parseNumeral, round } from './numbers.js';

/** A figure read from the text: its value and whether the text gave it as 约/余/近/超过. */
export interface Parsed {
  value: FactValue;
  approximate: boolean;
}

/** A match of the fact type's value pattern (its numbered twin: compile.ts) → its value. */
export function parseMatch(x: FactExtractor, m: RegExpExecArray): Parsed | undefined {
  const g = x.valueGroups;
  const approximate = Boolean(
    group(m, g.pre) || group(m, g.post) || group(m, g.post2) || group(m, g.post3) || group(m, g.post4),
  );
  // a one-character numeral's group stands for cn
  const cn1s = group(m, g.cn1s);
  const cn1 = group(m, g.cn1);
  const cn = cn1s !== undefined ? cn1s : cn1 !== undefined ? cn1 : group(m, g.cn);
  if (x.type === 'date') {
    const d = parseDate(group(m, g.date)!.replace(/\s+/g, ''));
    return d ? { value: d, approximate: false } : undefined;
  }
  let n: number | undefined;
  const digits = group(m, g.n);
  if (digits !== undefined) n = parseNumeral(digits);
  else if (cn !== undefined) n = cn === '百' ? 100 : parseChinesePercentOrCount(cn);
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const wan = group(m, g.wan);
  if (wan) n *= wan === '千' ? 1000 : 10000;
  n = round(n);
  if (x.type === 'percent' && (n < 0 || n > 100)) return undefined;
  if (x.type === 'count' && !Number.isInteger(n)) return undefined;
  return { value: n, approximate };
}

/** The figures' sum, approximate when one of them is; undefined when one is no number of the fact. */
export function figuresSum(
  x: FactExtractor,
  figures: RegExpExecArray[],
): { value: number; approximate: boolean } | undefined {
  let value = 0;
  let approximate = false;
  for (let k = 0; k < figures.length; k++) {
    const parsed = parseMatch(x, figures[k]!);
    if (parsed === undefined || typeof parsed.value !== 'number') return undefined;
    value += parsed.value;
    approximate ||= parsed.approximate;
  }
  return { value, approximate };
}

/** 九十九点五 → 99.5; 三十 → 30; 一点八万 → 18000; 九成八 → 98 (a share in tenths, as a percent). */
function parseChinesePercentOrCount(cn: string): number | undefined {
  const cheng = cn.indexOf('成');
  if (cheng > 0) {
    const tenths = parseNumeral(cn.slice(0, cheng));
    const rest = cn.length > cheng + 1 ? parseNumeral(cn.slice(cheng + 1)) : 0;
    return tenths === undefined || rest === undefined ? undefined : tenths * 10 + rest;
  }
  const scale = BIG_UNIT[cn[cn.length - 1]!];
  if (scale !== undefined && cn.includes('点')) {
    const n = parseChinesePercentOrCount(cn.slice(0, -1));
    return n === undefined ? undefined : n * scale;
  }
  const [int, frac] = cn.split('点');
  // 五六次, 一百二三十场: a span, no figure
  if (isNumeralSpan(int!)) return undefined;
  const i = parseNumeral(int!);
  if (i === undefined) return undefined;
  if (frac === undefined) return i;
  const digits = [...frac].map((c) => parseNumeral(c));
  if (digits.some((d) => d === undefined || d > 9)) return undefined;
  return Number(`${i}.${digits.join('')}`);
}

const BIG_UNIT: Record<string, number> = { 万: 10000, 千: 1000 };

/** An auditor pattern's capture → the fact's value. */
export function parseValue(x: FactExtractor, raw: string): Parsed | undefined {
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
