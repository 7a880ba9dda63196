import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../pack/compiled-pack.js';
import { loadYamlFile } from '../source/yaml-source.js';
import { displayPath } from '../util/display-path.js';

/** What one test case expects of one rule. */
export interface CaseExpectation {
  /** the pack directory whose tests/ holds the case */
  dir: string;
  caseName: string;
  ruleId: string;
  status?: string;
  points?: number;
  maxPoints?: number;
}

/**
 * Every rule expectation in the tests/*.yaml of every pack in the chain, root first, read
 * statically (nothing is scored). A file that does not parse is skipped: `rules test` reports it.
 */
export function caseExpectations(pack: Pack): CaseExpectation[] {
  const out: CaseExpectation[] = [];
  for (const dir of pack.chain) {
    const testsDir = join(dir, 'tests');
    if (!existsSync(testsDir)) continue;
    for (const name of readdirSync(testsDir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()) {
      let data: unknown;
      try {
        data = loadYamlFile(displayPath(join(testsDir, name))).data;
      } catch {
        continue;
      }
      const cases = (data as { cases?: unknown })?.cases;
      if (!Array.isArray(cases)) continue;
      for (const c of cases as Array<{
        name?: string;
        expect?: { rules?: Record<string, { status?: string; points?: number; maxPoints?: number }> };
      }>) {
        for (const [ruleId, e] of Object.entries(c?.expect?.rules ?? {})) {
          out.push({
            dir,
            caseName: c.name ?? '',
            ruleId,
            ...(e?.status !== undefined ? { status: e.status } : {}),
            ...(e?.points !== undefined ? { points: e.points } : {}),
            ...(e?.maxPoints !== undefined ? { maxPoints: e.maxPoints } : {}),
          });
        }
      }
    }
  }
  return out;
}
