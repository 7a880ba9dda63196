import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  isCalendarDate,
  isIsoDateShaped,
  localDay,
  parseWrittenDate,
  utcDay,
} from '../../src/util/dates.js';

describe('dates: one parser for every place a date is read', () => {
  it('accepts only days that exist on the calendar', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('2025-00-10')).toBe(false);
    expect(isCalendarDate('2025-3-1')).toBe(false);
    expect(calendarDate(2025, 4, 31)).toBeUndefined();
    expect(calendarDate(2025, 12, 31)).toBe('2025-12-31');
  });

  it('tells the shape apart from the day', () => {
    expect(isIsoDateShaped('2025-02-30')).toBe(true);
    expect(isIsoDateShaped('2025/02/03')).toBe(false);
    expect(isIsoDateShaped(20250203)).toBe(false);
  });

  it('reads dates as people write them in digits, compact only when asked', () => {
    for (const s of [
      '2025-03-31',
      '2025/3/31',
      '2025.3.31',
      '2025年3月31日',
      ' 2025 年 3 月 31 日 ',
      '２０２５年３月３１日',
    ])
      expect(parseWrittenDate(s)).toBe('2025-03-31');
    expect(parseWrittenDate('20250331')).toBeUndefined();
    expect(parseWrittenDate('20250331', { compact: true })).toBe('2025-03-31');
    expect(parseWrittenDate('2025年2月30日')).toBeUndefined();
    expect(parseWrittenDate('三月')).toBeUndefined();
  });

  it('writes an instant as its day in UTC or local time', () => {
    expect(utcDay(new Date(Date.UTC(2025, 2, 31)))).toBe('2025-03-31');
    expect(localDay(new Date(2025, 0, 5, 12))).toBe('2025-01-05');
  });
});
