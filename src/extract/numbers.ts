/** Chinese and Arabic numerals as reports write them: 1,203 / 99.92 / 三十 / 一百二十 / 1.2万. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * The value of each digit and unit above by UTF-16 unit (under 10 a digit, under 10,000 a small
 * unit): a numeral is read for every figure and heading mark, and `s[i]` made a string of each
 * Han character to look up.
 */
const NUMERAL_VALUES = new Map<number, number>();
for (const values of [DIGITS, SMALL_UNITS, BIG_UNITS])
  for (const [ch, n] of Object.entries(values)) NUMERAL_VALUES.set(ch.charCodeAt(0), n);

/** The characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十廿卅百千万亿';
const NUMERAL_CODES = new Set([...CHINESE_NUMERAL_CHARS].map((c) => c.charCodeAt(0)));

/** Whether a UTF-16 unit is a digit (ASCII or full-width) or a Chinese numeral's character. */
export function isNumeralCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || NUMERAL_CODES.has(c);
}

/** 三十 → 30, 一百二十 → 120, 十五 → 15, 二〇二四 → 2024 (digit by digit), 三万五千 → 35000; undefined when not a numeral. */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0) return undefined;
  // 廿 and 卅 are twenty and thirty in one character (廿六 → 26, 卅八 → 38)
  if (s.includes('廿') || s.includes('卅')) s = s.replaceAll('廿', '二十').replaceAll('卅', '三十');
  // Digit-by-digit form (二〇二四) has no unit characters.
  if (!hasUnit(s)) {
    let n = 0;
    // by UTF-16 unit, not for…of (the string iterator, slow until optimised): a surrogate is no digit either way
    for (let i = 0; i < s.length; i++) {
      const d = NUMERAL_VALUES.get(s.charCodeAt(i));
      if (d === undefined) return undefined;
      n = n * 10 + d;
    }
    return n;
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (let i = 0; i < s.length; i++) {
    const v = NUMERAL_VALUES.get(s.charCodeAt(i));
    if (v === undefined) return undefined;
    if (v < 10) {
      digit = v;
    } else if (v < 1e4) {
      section += (digit ?? 1) * v;
      digit = undefined;
    } else {
      total = (total + section + (digit ?? 0)) * v;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * Whether a Chinese numeral names a span as speech does, two digits side by side (五六次, 一两次, 二三十场, 一百二三十件):
 * no one figure. (A 零 between digits, 一百零五, is none; digits read one by one, 二〇二四, are read by their callers.)
 */
export function isNumeralSpan(s: string): boolean {
  let previous = false;
  for (let i = 0; i < s.length; i++) {
    const v = NUMERAL_VALUES.get(s.charCodeAt(i));
    const digit = v !== undefined && v >= 1 && v <= 9;
    if (digit && previous) return true;
    previous = digit;
  }
  return false;
}

/** Whether a unit character (十百千万亿) stands in s. */
function hasUnit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if ((NUMERAL_VALUES.get(s.charCodeAt(i)) ?? 0) >= 10) return true;
  return false;
}

/** An Arabic or Chinese numeral, with thousands separators removed. */
export function parseNumeral(s: string): number | undefined {
  // read for every heading mark and figure: no regex when there is no separator to remove
  const t = s.includes(',') || s.includes('，') ? s.replace(/[,，]/g, '') : s;
  if (isDecimal(t)) return Number(t);
  return parseChineseNumeral(t);
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Whether `t` is ASCII digits with at most one decimal point between them (/^\d+(?:\.\d+)?$/), by a
 * look at each character.
 */
function isDecimal(t: string): boolean {
  const n = t.length;
  let i = 0;
  while (i < n && isDigitCode(t.charCodeAt(i))) i++;
  if (i === 0) return false;
  if (i === n) return true;
  if (t.charCodeAt(i) !== 0x2e) return false;
  const fraction = ++i;
  while (i < n && isDigitCode(t.charCodeAt(i))) i++;
  return i > fraction && i === n;
}

/** A number's decimals as written, for stable output (99.92 stays 99.92). */
export function round(n: number, decimals = 6): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A year, month and day in digits or Chinese numerals, apart by 年月日 or by - . / */
const WRITTEN_DATE = new RegExp(
  '^(\\d{4}|[〇零一二三四五六七八九]{4})\\s*[年\\-./]\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})' +
    '\\s*[月\\-./]\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日?$',
);

/** 2024年12月31日 / 2024-12-31 / 2024.12.31 / 2024/12/31 → 2024-12-31, when it is a real date. */
export function parseDate(s: string): string | undefined {
  const m = WRITTEN_DATE.exec(s.trim());
  if (!m) return undefined;
  const y = parseNumeral(m[1]!);
  const mo = parseNumeral(m[2]!);
  const d = parseNumeral(m[3]!);
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const iso = `${y}-${pad(mo)}-${pad(d)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return date.getUTCDate() === d ? iso : undefined;
}
