import type { TopLevelCondition } from '../model/condition.js';
import type { CompiledRule, Pack } from '../pack/compiled-pack.js';
import { requirementsOf, requirementsOfConditions, type Requirement } from '../pack/requirements.js';
import {
  compileCondition,
  type CompiledCondition,
  type CompiledTest,
  type OperatorLookup,
} from './compile-condition.js';
import type { FactMap } from './derived-facts.js';
import { missingFactsOf } from './stated.js';

/** One rule made ready for the Evaluator, once per pack: its conditions compiled, what it reads listed. */
export interface Prepared {
  compiled: CompiledRule;
  requirements: Requirement[];
  /** what the rule's missing outcome names, for one report (stated.ts) */
  missingFacts: (facts: FactMap) => string[];
  /** tiers only: what each tier reads — a tier whose facts are absent is skipped, not failed */
  tierRequirements?: Requirement[][];
  /**
   * the rule's notApplicable condition as alternatives (the branches of a top-level `any`, or the
   * whole condition): each holds only when every fact it reads is stated
   */
  notApplicable?: Array<{ requirements: Requirement[]; test: CompiledTest }>;
  /** engine rule names: the rule itself, or one per tier */
  names: string[];
  conditions: unknown[];
  closures: CompiledCondition[];
  tests: CompiledTest[];
  /**
   * for each condition (the rule's one, or each tier's): whether being met by it means passing — all or nothing, or
   * a tier worth the rule's points, with no deduction or events (score/rule-points.ts)
   */
  passesWhenMetBy: boolean[];
}

/** A rule's conditions compiled into closures and its requirements listed, for every report to come. */
export function prepareRule(compiled: CompiledRule, pack: Pack, operators: OperatorLookup): Prepared {
  const { rule } = compiled;
  const conditions = rule.tiers ? rule.tiers.map((t) => t.when) : rule.when ? [rule.when] : [];
  const closures = conditions.map((c) => compileCondition(c, pack.conditions, operators));
  const na = rule.notApplicable;
  const requirements = requirementsOf(rule, pack.conditions);
  return {
    compiled,
    requirements,
    missingFacts: missingFactsOf(requirements, pack.catalog),
    ...(rule.tiers
      ? { tierRequirements: rule.tiers.map((t) => requirementsOfConditions([t.when], pack.conditions)) }
      : {}),
    ...(na
      ? {
          notApplicable: ('any' in na.when
            ? na.when.any.map((c) => ({ all: [c] }) as TopLevelCondition)
            : [na.when]
          ).map((c) => ({
            requirements: requirementsOfConditions([c], pack.conditions),
            test: compileCondition(c, pack.conditions, operators).test,
          })),
        }
      : {}),
    names: rule.tiers ? rule.tiers.map((_, t) => `${rule.id}#${t}`) : rule.when ? [rule.id] : [],
    conditions,
    closures: closures.map((c) => c.explain),
    tests: closures.map((c) => c.test),
    passesWhenMetBy: conditions.map((_, i) =>
      rule.deduct || rule.onEvent ? false : rule.tiers ? rule.tiers[i]!.points >= rule.points : true,
    ),
  };
}
