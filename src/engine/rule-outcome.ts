import type { Explanation } from '../model/assessment.js';

/** What evaluating one rule on one report found, before any points are given. */
export interface RuleOutcome {
  ruleId: string;
  /**
   * met: conditions hold; unmet: they do not; missing: a fact it reads is absent; error: could not evaluate;
   * not_applicable: the rule does not apply to the reporter's role, or its notApplicable condition holds
   */
  status: 'met' | 'unmet' | 'missing' | 'error' | 'not_applicable';
  /** why a not_applicable rule does not apply */
  notApplicable?: 'role' | 'stated';
  /** index of the first tier whose condition holds */
  tier?: number;
  /** values of the facts the rule reads (derived facts with their inputs) that the report has */
  facts: Record<string, unknown>;
  missingFacts: string[];
  explain?: Explanation;
  error?: string;
}
