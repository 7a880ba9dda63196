import { Operator } from 'json-rules-engine';
import { CUSTOM_OPERATOR_NAMES, type CustomOperatorName } from '../pack/condition-grammar.js';
import { isIsoDateShaped } from '../util/dates.js';

const DATE_COMPARISONS: Record<CustomOperatorName, (a: string, b: string) => boolean> = {
  dateBefore: (a, b) => a < b,
  dateOnOrBefore: (a, b) => a <= b,
  dateAfter: (a, b) => a > b,
  dateOnOrAfter: (a, b) => a >= b,
};

/**
 * Operators fazhi adds, named in pack/condition-grammar.ts. Dates are compared as YYYY-MM-DD
 * strings, which order correctly as text; anything else makes the condition false, never a crash.
 */
export const CUSTOM_OPERATORS: Operator[] = CUSTOM_OPERATOR_NAMES.map(
  (name) =>
    new Operator(name, (a: string, b: unknown) => isIsoDateShaped(b) && DATE_COMPARISONS[name](a, b), isIsoDateShaped),
);

/** An operator object as json-rules-engine builds it: its callback and the check it runs on the fact first. */
type LibraryOperator = {
  evaluate(factValue: unknown, jsonValue: unknown): boolean;
  cb: (factValue: unknown, jsonValue: unknown) => boolean;
  factValueValidator: (factValue: unknown) => boolean;
};

/**
 * json-rules-engine's numeric operators (lessThan … greaterThanInclusive) first check the fact with
 * `Number.parseFloat(v).toString() !== 'NaN'`, which for a number is exactly `!Number.isNaN(v)`. The
 * operator given the same answer without the round trip through a string for a number, the library's
 * own check for anything else; any other operator is returned as it is. `numeric` is that check, as the
 * library's lessThan holds it (the library does not export it).
 */
export function withNumberShortcut<T extends { evaluate(factValue: unknown, jsonValue: unknown): boolean }>(
  op: T,
  numeric: unknown,
): T | { evaluate(factValue: unknown, jsonValue: unknown): boolean } {
  const lib = op as unknown as LibraryOperator;
  if (numeric === undefined || lib.factValueValidator !== numeric || typeof lib.cb !== 'function') return op;
  return {
    evaluate: (a, b) => (typeof a === 'number' ? !Number.isNaN(a) && lib.cb(a, b) : lib.evaluate(a, b)),
  };
}
