/**
 * The words a condition may use: operator names, decorators and the path subset. They are part
 * of the pack's language, checked when a pack loads (conditions.ts); the engine implements them
 * (engine/operators.ts, engine/paths.ts) and imports this list, never the other way round.
 */

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

/** Operators fazhi adds: dates compared as YYYY-MM-DD strings (engine/operators.ts). */
export const CUSTOM_OPERATOR_NAMES = ['dateBefore', 'dateOnOrBefore', 'dateAfter', 'dateOnOrAfter'] as const;
export type CustomOperatorName = (typeof CUSTOM_OPERATOR_NAMES)[number];

export const OPERATOR_NAMES: readonly string[] = [...BUILTIN_OPERATORS, ...CUSTOM_OPERATOR_NAMES];

/** `someFact:greaterThan`, `not:equal`: decorators, then an operator, joined by colons. */
export function isKnownOperator(name: string): boolean {
  const parts = name.split(':');
  const base = parts.pop()!;
  return OPERATOR_NAMES.includes(base) && parts.every((d) => (OPERATOR_DECORATORS as readonly string[]).includes(d));
}

/** `$.a.b`, `$.a[0]`: the JSONPath subset a condition's `path` may use (checked when the pack loads). */
export const SIMPLE_PATH = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])+$/;
