import { problem, type Problem } from '../problems/problem.js';
import { impossibleValuesIn } from '../util/impossible-values.js';
import { pointerAt, type YamlSource } from './yaml-source.js';

/**
 * Values a schema lets through but no report can mean: a number that is not finite (YAML's
 * .inf and .nan, 1e309) and a date-shaped string that is no day of the calendar. Either would
 * be scored silently wrong (a 2025-02-30 公开日期 passes a 3月31日 deadline), so each is a
 * problem at its own line and column.
 */
export function impossibleValues(source: YamlSource): Problem[] {
  return impossibleValuesIn(source.data)
    .map((v) => problem(v.code, source.file, { actual: v.actual }, pointerAt(source, v.pointer)))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
