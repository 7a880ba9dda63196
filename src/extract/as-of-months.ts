/*
 * A count up to a month's end (截至10月底, 截止2024年9月末): in a whole-year report, the year so far — another period than
 * the year's figure — unless the month is December.
 */

/**
 * A count up to a month's end (截至10月底, 截止2025年9月末, 截至11月): `other` — the year so far, not the year's figure
 * (截至12月底 is the year's). Undefined where none stands at i.
 */
export function asOfMonthAt(text: string, i: number, to: number): 'report' | 'other' | undefined {
  AS_OF_MONTH.lastIndex = i;
  const m = AS_OF_MONTH.exec(text);
  if (!m || i + m[0].length > to) return undefined;
  const month = /^\d+$/u.test(m[1]!) ? Number(m[1]) : CN_MONTHS.indexOf(m[1]!) + 1;
  if (month < 1) return undefined;
  return month === 12 ? 'report' : 'other';
}
const AS_OF_MONTH = /(?:截至|截止)\s*(?:(?:19|20)\d{2}\s*年\s*)?(\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月/uy;
export const AS_OF_FIRST = new Set([0x622a]);
/** 截至 / 截止 right before a year's numeral. */
export const AS_OF_YEAR = /(?:截至|截止)\s*$/u;
const CN_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
