import type { SchemaFile } from '../model/json-schemas.js';
import { problem, ProblemError, type ProblemCode } from '../problems/problem.js';
import { impossibleValues } from '../source/impossible-values.js';
import { checkAgainstSchema } from '../source/schema-check.js';
import { loadYamlFile } from '../source/yaml-source.js';

/**
 * A file the assessors keep beside the pack (waivers, events): a list of entries that each name
 * a rule. Read, schema-checked, checked for impossible values, and every entry's rule must be one
 * the caller allows — each problem one line at its own position.
 */
export function loadAssessorFile<T extends { rule: string }>(
  file: string,
  spec: {
    schema: SchemaFile;
    list: string;
    parse: (data: unknown) => T[];
    allowed: ReadonlySet<string>;
    unknownRule: ProblemCode;
    params?: Record<string, string>;
  },
): T[] {
  const source = loadYamlFile(file);
  const found = [...checkAgainstSchema(source, spec.schema), ...impossibleValues(source)];
  if (found.length > 0) throw new ProblemError(found);
  const entries = spec.parse(source.data);
  const unknown = entries.flatMap((e, i) => {
    if (spec.allowed.has(e.rule)) return [];
    const at = `/${spec.list}/${i}/rule`;
    return [problem(spec.unknownRule, file, { rule: e.rule, ...spec.params }, { pointer: at, ...source.locate(at) })];
  });
  if (unknown.length > 0) throw new ProblemError(unknown);
  return entries;
}
