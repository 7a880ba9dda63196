import type { FactCatalog } from '../pack/fact-catalog.js';
import type { Requirement } from '../pack/requirements.js';
import type { FactMap } from './compile-condition.js';
import { resolvePath } from './paths.js';

// Whether what a rule reads is stated, and when it is not, what the report should state: run for
// every rule of every report, so written as loops over lists worked out once per pack — index loops, which
// allocate nothing before the JIT optimises them (a for-of's iterator makes a result object per element).

/** Whether a fact (or the field a path names in it) is stated. */
export function present(facts: FactMap, r: Requirement): boolean {
  return (r.path ? resolvePath(facts.get(r.fact), r.path) : facts.get(r.fact)) !== undefined;
}

/** Whether every fact (or field a path names in one) is stated. */
export function allPresent(facts: FactMap, requirements: Requirement[]): boolean {
  for (let i = 0; i < requirements.length; i++) if (!present(facts, requirements[i]!)) return false;
  return true;
}

/**
 * The first of a rule's notApplicable alternatives that is stated and holds: a loop, not `find` with a closure made
 * for every rule of every report.
 */
export function firstStated<T extends { requirements: Requirement[]; test: (facts: FactMap) => boolean }>(
  alternatives: readonly T[] | undefined,
  facts: FactMap,
): T | undefined {
  if (alternatives === undefined) return undefined;
  for (let i = 0; i < alternatives.length; i++) {
    const na = alternatives[i]!;
    if (allPresent(facts, na.requirements) && na.test(facts)) return na;
  }
  return undefined;
}

/**
 * What a missing rule names, for one report: each unstated fact it reads — a derived fact by its
 * absent inputs — then each unstated metadata field by its path. Each fact's inputs (the catalog's
 * closure, derived facts left out) are listed once per pack; the report only decides which are absent.
 */
export function missingFactsOf(requirements: Requirement[], catalog: FactCatalog): (facts: FactMap) => string[] {
  const inputs = requirements.map((r) =>
    r.path ? [] : catalog.closure([r.fact]).filter((id) => !catalog.derived(id)),
  );
  return (facts) => {
    const unstated: string[] = [];
    const fields: string[] = [];
    for (let i = 0; i < requirements.length; i++) {
      const r = requirements[i]!;
      if (present(facts, r)) continue;
      if (r.path) fields.push(`${r.fact}${r.path.slice(1)}`);
      // the closure of several facts at once is the closures one after another, each fact named once
      else {
        const ids = inputs[i]!;
        for (let j = 0; j < ids.length; j++) {
          const id = ids[j]!;
          if (facts.get(id) === undefined && !unstated.includes(id)) unstated.push(id);
        }
      }
    }
    return fields.length > 0 ? [...unstated, ...fields] : unstated;
  };
}
