import { columnLetters } from '../util/columns.js';
import { parseWrittenDate, utcDay } from '../util/dates.js';

export { columnLetters };

/**
 * A cell as the roster reader sees it, whatever the file: text, a number, a date (an .xlsx date
 * cell), a boolean — or a cell that holds no usable value (an Excel error such as #N/A, a formula
 * with no cached result), with what it holds.
 */
export type Raw = string | number | boolean | Date | { unreadable: string };

/** A cell read as a value of its column, or why it cannot be: the message's parameters. */
export type Parsed<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      code: 'roster.bad-date' | 'roster.bad-year' | 'roster.bad-url' | 'roster.bad-cell';
      params: Record<string, string>;
    };

const bad = (
  code: 'roster.bad-date' | 'roster.bad-year' | 'roster.bad-url' | 'roster.bad-cell',
  params: Record<string, string>,
) => ({ ok: false as const, code, params });

/** Whether a cell holds nothing: absent, or only blanks. */
export const isBlank = (v: Raw | undefined): v is undefined =>
  v === undefined || (typeof v === 'string' && v.trim() === '');

/** The cell as shown in a message. */
export function shown(v: Raw): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString().slice(0, 10);
  if (typeof v === 'object') return v.unreadable;
  return String(v).trim();
}

export function parseText(v: Raw): Parsed<string> {
  if (typeof v === 'string') return { ok: true, value: v.trim() };
  if (typeof v === 'number') return { ok: true, value: String(v) };
  if (typeof v === 'object' && !(v instanceof Date)) return bad('roster.bad-cell', { reason: v.unreadable });
  return bad('roster.bad-cell', { reason: shown(v) });
}

/** Days from Excel's day 0 (1899-12-30, counting its fictitious 1900-02-29) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * A date: an .xlsx date cell; text written 2025-03-31, 2025/3/31, 2025.3.31, 2025年3月31日 or
 * 20250331; or a number that is an Excel day serial (a date cell saved to CSV as a number). The
 * day must exist: 2025-02-30 is refused, not rolled over to March.
 */
export function parseDate(v: Raw): Parsed<string> {
  if (v instanceof Date) {
    // exceljs turns a date cell's day serial into the instant of that day's midnight in UTC.
    if (Number.isNaN(v.getTime())) return bad('roster.bad-date', { value: String(v) });
    return { ok: true, value: utcDay(v) };
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 20000101 && v <= 21001231) return parseDate(String(v));
    // an Excel serial day of 2000 … 2099
    if (Number.isInteger(v) && v > 36526 && v < 73051) return parseDate(new Date((v - EXCEL_EPOCH_OFFSET) * 86400000));
    return bad('roster.bad-date', { value: String(v) });
  }
  if (typeof v !== 'string') return bad('roster.bad-date', { value: shown(v) });
  const iso = parseWrittenDate(v, { compact: true });
  return iso ? { ok: true, value: iso } : bad('roster.bad-date', { value: v.normalize('NFKC').trim() });
}

/** A year: 2024, "2024", "2024年" or "2024年度", from 2000 to 2100. */
export function parseYear(v: Raw): Parsed<number> {
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.normalize('NFKC').trim() : undefined;
  const m = text === undefined ? null : /^(\d{4})(?:年度?)?$/.exec(text);
  const year = m ? Number(m[1]) : NaN;
  return year >= 2000 && year <= 2100 ? { ok: true, value: year } : bad('roster.bad-year', { value: text ?? shown(v) });
}

export function parseUrl(v: Raw): Parsed<string> {
  const text = parseText(v);
  if (!text.ok) return text;
  return /^https?:\/\/\S+$/i.test(text.value) ? text : bad('roster.bad-url', { value: text.value });
}

/**
 * A cell's address as Excel writes it: `名单!C7`; a sheet name with blanks or punctuation quoted, `'My units'!C7`; a
 * CSV's cell has no sheet.
 */
export function cellAddress(sheet: string | undefined, column: number, row: number): string {
  const at = `${columnLetters(column)}${row}`;
  if (sheet === undefined) return at;
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? `${sheet}!${at}` : `'${sheet.replace(/'/g, "''")}'!${at}`;
}
