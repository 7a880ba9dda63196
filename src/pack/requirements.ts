import type { Condition, TopLevelCondition } from '../model/condition.js';
import type { Rule } from '../model/pack.js';

export interface Requirement {
  fact: string;
  path?: string;
}

/** Each fact (and path into it) a rule reads; the rule is `missing` when any is absent. */
export function requirementsOf(rule: Rule, named: Record<string, TopLevelCondition>): Requirement[] {
  const out = requirementsOfConditions(
    [...(rule.when ? [rule.when] : []), ...(rule.tiers ?? []).map((t) => t.when)],
    named,
  );
  if (rule.deduct && !out.some((r) => r.fact === rule.deduct!.fact && r.path === undefined))
    out.push({ fact: rule.deduct.fact });
  return out;
}

/**
 * Each fact (and path into it) some conditions read, named conditions expanded: the one walk over
 * a condition tree, used by the pack's checks and by the engine to tell `missing` from `fail`.
 */
export function requirementsOfConditions(
  conditions: TopLevelCondition[],
  named: Record<string, TopLevelCondition>,
): Requirement[] {
  const out: Requirement[] = [];
  const add = (fact: string, path?: string) => {
    if (!out.some((r) => r.fact === fact && r.path === path)) out.push(path ? { fact, path } : { fact });
  };
  const seen = new Set<string>();
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('condition' in c) {
      if (seen.has(c.condition)) return;
      seen.add(c.condition);
      const target = named[c.condition];
      if (target) walk(target);
    } else {
      add(c.fact, c.path);
      const v = c.value;
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) add(v.fact, v.path);
    }
  };
  conditions.forEach(walk);
  return out;
}

/** Every fact a condition reads, following named-condition references, in order of first appearance. */
export function factsOf(condition: TopLevelCondition | Condition, named: Record<string, TopLevelCondition>): string[] {
  return [...new Set(requirementsOfConditions([condition as TopLevelCondition], named).map((r) => r.fact))];
}
