import { problem, type Problem } from '../problems/problem.js';
import type { YamlSource } from './yaml-source.js';

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether YYYY-MM-DD names a day of the calendar (2025-02-30 and 2025-00-00 do not). */
export function isCalendarDate(s: string): boolean {
  const m = DATE_SHAPE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Values a schema lets through but no report can mean: a number that is not finite (YAML's
 * .inf and .nan, 1e309) and a date-shaped string that is no day of the calendar. Either would
 * be scored silently wrong (a 2025-02-30 公开日期 passes a 3月31日 deadline), so each is a
 * problem at its own line and column.
 */
export function impossibleValues(source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const at = (pointer: string) => ({ pointer, ...source.locate(pointer) });
  // Iterative: a hostile file cannot overflow the stack (aliases are already limited by the loader).
  const stack: Array<[unknown, string]> = [[source.data, '']];
  while (stack.length > 0) {
    const [value, pointer] = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      problems.push(problem('value.not-finite', source.file, { actual: String(value) }, at(pointer)));
    } else if (typeof value === 'string' && DATE_SHAPE.test(value) && !isCalendarDate(value)) {
      problems.push(problem('value.not-a-date', source.file, { actual: value }, at(pointer)));
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push([v, `${pointer}/${i}`]));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) stack.push([v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
