import { join } from 'node:path';
import type { Pack } from '../pack/compiled-pack.js';
import { displayPath } from '../util/display-path.js';
import { caseExpectations } from './case-expectations.js';

/** One worked example of a rule: a test case's name and what the rule must give. */
export interface RuleExample {
  name: string;
  status?: string;
  points?: number;
  maxPoints?: number;
}

/**
 * The worked examples the published checklist prints under each rule, read from the
 * expectations in the pack chain's tests/*.yaml — the same cases `rules test` runs, so an
 * example in the document is one the rules are known to give. A child pack's cases come
 * last; a parent's case for a rule the child overrides is left out (it may no longer hold).
 */
export function ruleExamples(pack: Pack): Map<string, RuleExample[]> {
  const out = new Map<string, RuleExample[]>();
  const ownDir = pack.chain[pack.chain.length - 1];
  const ownChecklist = ownDir ? displayPath(join(ownDir, 'checklist.yaml')) : '';
  const overridden = new Set(pack.rules.filter((r) => r.file === ownChecklist).map((r) => r.rule.id));
  for (const { dir, caseName, ruleId, ...expected } of caseExpectations(pack)) {
    if (dir !== ownDir && overridden.has(ruleId)) continue;
    const list = out.get(ruleId) ?? [];
    list.push({ name: caseName, ...expected });
    out.set(ruleId, list);
  }
  return out;
}
