/**
 * Dates, in one place. fazhi writes every date as YYYY-MM-DD (the model's `IsoDate`), compares
 * them as text (which orders them correctly) and accepts a written date only when its day exists on
 * the calendar: 2025-02-30 is refused, never rolled over to March as `Date` would.
 */

/** The one shape of a date fazhi writes and compares. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a value is a YYYY-MM-DD string (its shape only: see isCalendarDate for the day itself). */
export const isIsoDateShaped = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v);

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Year, month (1–12) and day as YYYY-MM-DD when that day exists on the (proleptic Gregorian) calendar. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 0 || year > 9999 || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years below 100 as 19xx
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
    : undefined;
}

/** Whether YYYY-MM-DD names a day of the calendar (2025-02-30 and 2025-00-00 do not). */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  return m !== null && calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined;
}

/**
 * A date as people write it in digits — 2025-03-31, 2025/3/31, 2025.3.31, 2025年3月31日 — or, with
 * `compact`, 20250331.
 */
const WRITTEN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/** A date written in digits (full-width digits too) as YYYY-MM-DD, when it is a real day; otherwise undefined. */
export function parseWrittenDate(text: string, { compact = false } = {}): string | undefined {
  const t = text.normalize('NFKC').trim();
  const m = WRITTEN.exec(t) ?? (compact ? COMPACT.exec(t) : null);
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The day of an instant in UTC: what an .xlsx date cell means (exceljs reads it as that day's UTC midnight). */
export const utcDay = (d: Date): string => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;

/** The day of an instant in local time: today, for the default day waivers are judged against. */
export const localDay = (d: Date): string => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
