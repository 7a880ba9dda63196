import { pastItemMark } from './item-mark.js';
import { pastBlanks } from './line-spans.js';
import { isDigitCode } from './text-index.js';

/* Where a span's words start past what opens it before its subject: an item number, a year. */

/** Where a span's subject starts: past an item number and a year (（二）据县司法局统计，…; 2025年我局自行评查…). */
export const subjectStart = (text: string, start: number): number =>
  pastYear(text, pastItemMark(text, pastBlanks(text, start)));

/**
 * Past the spaces and the year (2025年, 2025年度) opening a span. Not a this-year word: 全年市局本级… names the
 * reporter by a short name that reads as another body's.
 */
export function pastYear(text: string, start: number): number {
  let p = pastBlanks(text, start);
  if (!(isDigitCode(text.charCodeAt(p)) && isDigitCode(text.charCodeAt(p + 3)) && text.charCodeAt(p + 4) === YEAR))
    return start;
  p += 5;
  return text.charCodeAt(p) === DU ? p + 1 : p;
}

const YEAR = 0x5e74;
const DU = 0x5ea6;
