import type { FactDefinition } from '../model/pack.js';
import { isIsoDateShaped } from '../util/dates.js';

type TypeProblem = { code: 'report.fact-type' | 'report.enum-value'; params: Record<string, string> };

/** Whether a stated value fits the fact's declared type; percentages are 0–100. */
export function typeProblem(def: FactDefinition, value: number | string | boolean): TypeProblem | undefined {
  const wrong = (expected: string): TypeProblem => ({
    code: 'report.fact-type',
    params: { expected, actual: String(value) },
  });
  switch (def.type) {
    case 'percent':
      return typeof value === 'number' && value >= 0 && value <= 100 ? undefined : wrong('percent');
    case 'count':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? undefined : wrong('count');
    case 'number':
      return typeof value === 'number' ? undefined : wrong('number');
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrong('boolean');
    case 'date':
      return isIsoDateShaped(value) ? undefined : wrong('date');
    case 'text':
      return typeof value === 'string' ? undefined : wrong('text');
    case 'enum':
      return typeof value === 'string' && def.values?.includes(value)
        ? undefined
        : { code: 'report.enum-value', params: { actual: String(value), allowed: (def.values ?? []).join(', ') } };
  }
}
