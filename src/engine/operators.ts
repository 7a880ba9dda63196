import { Operator } from 'json-rules-engine';

/** json-rules-engine's built-in operators and operator decorators (its README, "Operators"). */
export const BUILTIN_OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;
export const OPERATOR_DECORATORS = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap', 'not'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v);

/**
 * Operators fazhi adds. Dates are compared as YYYY-MM-DD strings, which order
 * correctly as text; anything else makes the condition false, never a crash.
 */
export const CUSTOM_OPERATORS: Operator[] = [
  new Operator('dateBefore', (a: string, b: unknown) => isIsoDate(b) && a < b, isIsoDate),
  new Operator('dateOnOrBefore', (a: string, b: unknown) => isIsoDate(b) && a <= b, isIsoDate),
  new Operator('dateAfter', (a: string, b: unknown) => isIsoDate(b) && a > b, isIsoDate),
  new Operator('dateOnOrAfter', (a: string, b: unknown) => isIsoDate(b) && a >= b, isIsoDate),
];

export const OPERATOR_NAMES: readonly string[] = [...BUILTIN_OPERATORS, ...CUSTOM_OPERATORS.map((o) => o.name)];

/** `someFact:greaterThan`, `not:equal`: decorators, then an operator, joined by colons. */
export function isKnownOperator(name: string): boolean {
  const parts = name.split(':');
  const base = parts.pop()!;
  return OPERATOR_NAMES.includes(base) && parts.every((d) => (OPERATOR_DECORATORS as readonly string[]).includes(d));
}
