import { isCalendarDate, isIsoDateShaped } from './dates.js';

/** A value no report can mean, at its JSON pointer (source/impossible-values.ts says why each matters). */
export interface ImpossibleValue {
  code: 'value.not-finite' | 'value.not-a-date';
  actual: string;
  pointer: string;
}

/**
 * Every number that is not finite (YAML's .inf and .nan, 1e309) and every date-shaped string that
 * is no day of the calendar, in parsed data. Iterative: a hostile file cannot overflow the stack
 * (aliases are limited by the loader).
 */
export function impossibleValuesIn(data: unknown): ImpossibleValue[] {
  const found: ImpossibleValue[] = [];
  const stack: Array<[unknown, string]> = [[data, '']];
  while (stack.length > 0) {
    const [value, pointer] = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      found.push({ code: 'value.not-finite', actual: String(value), pointer });
    } else if (isIsoDateShaped(value) && !isCalendarDate(value)) {
      found.push({ code: 'value.not-a-date', actual: value, pointer });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        stack.push([v, `${pointer}/${i}`]);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value))
        stack.push([v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return found;
}
