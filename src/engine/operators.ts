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
