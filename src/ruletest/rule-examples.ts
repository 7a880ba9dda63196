import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../pack/compiled-pack.js';
import { loadYamlFile } from '../source/yaml-source.js';
import { displayPath } from '../util/display-path.js';

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
  for (const dir of pack.chain) {
    const testsDir = join(dir, 'tests');
    if (!existsSync(testsDir)) continue;
    const isOwn = dir === ownDir;
    for (const name of readdirSync(testsDir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      let data: unknown;
      try {
        data = loadYamlFile(displayPath(join(testsDir, name))).data;
      } catch {
        continue; // reported by `rules test`
      }
      const cases = (data as { cases?: unknown })?.cases;
      if (!Array.isArray(cases)) continue;
      for (const c of cases as Array<{ name?: string; expect?: { rules?: Record<string, RuleExample> } }>) {
        for (const [id, e] of Object.entries(c.expect?.rules ?? {})) {
          if (!isOwn && overridden.has(id)) continue;
          const list = out.get(id) ?? [];
          list.push({ name: c.name ?? '', ...(e?.status ? { status: e.status } : {}), ...(e?.points !== undefined ? { points: e.points } : {}), ...(e?.maxPoints !== undefined ? { maxPoints: e.maxPoints } : {}) });
          out.set(id, list);
        }
      }
    }
  }
  return out;
}
