import type { Rule } from '../model/pack.js';
import type { RuleOutcome } from '../engine/evaluator.js';
import { roundPoints, roundTo } from '../util/numbers.js';

export interface RulePoints {
  points: number;
  passed: boolean;
  /** the tier that matched, or how many steps were deducted */
  detail?: string;
}

/** Points for a rule whose facts are all stated: all-or-nothing, tiers, or per-unit deduction. */
export function rulePoints(rule: Rule, outcome: RuleOutcome): RulePoints {
  if (rule.deduct) {
    const d = rule.deduct;
    const value = outcome.facts[d.fact] as number;
    const shortfall = d.direction === 'below' ? d.target - value : value - d.target;
    if (shortfall <= 0) return { points: rule.points, passed: true };
    // Rounded first so 0.1-sized steps do not become 1.0000000001 steps.
    const rawSteps = roundTo(shortfall / d.per, 6);
    const steps = d.partial === 'ceil' ? Math.ceil(rawSteps) : d.partial === 'floor' ? Math.floor(rawSteps) : rawSteps;
    const points = roundPoints(Math.max(0, rule.points - steps * d.points));
    return { points, passed: points >= rule.points, detail: `${roundPoints(steps)}` };
  }
  if (rule.tiers) {
    const tier = outcome.tier === undefined ? undefined : rule.tiers[outcome.tier];
    if (!tier) return { points: 0, passed: false };
    return { points: tier.points, passed: tier.points >= rule.points, ...(tier.label ? { detail: tier.label } : {}) };
  }
  return outcome.status === 'met' ? { points: rule.points, passed: true } : { points: 0, passed: false };
}
