import { problem, type Problem } from '../problems/problem.js';
import { isCalendarDate, isIsoDateShaped } from '../util/dates.js';
import { pointerAt, type YamlSource } from './yaml-source.js';

/**
 * Values a schema lets through but no report can mean: a number that is not finite (YAML's
 * .inf and .nan, 1e309) and a date-shaped string that is no day of the calendar. Either would
 * be scored silently wrong (a 2025-02-30 公开日期 passes a 3月31日 deadline), so each is a
 * problem at its own line and column.
 */
export function impossibleValues(source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const at = (pointer: string) => pointerAt(source, pointer);
  // Iterative: a hostile file cannot overflow the stack (aliases are already limited by the loader).
  const stack: Array<[unknown, string]> = [[source.data, '']];
  while (stack.length > 0) {
    const [value, pointer] = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      problems.push(problem('value.not-finite', source.file, { actual: String(value) }, at(pointer)));
    } else if (isIsoDateShaped(value) && !isCalendarDate(value)) {
      problems.push(problem('value.not-a-date', source.file, { actual: value }, at(pointer)));
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        stack.push([v, `${pointer}/${i}`]);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value))
        stack.push([v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
