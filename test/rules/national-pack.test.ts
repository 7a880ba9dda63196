import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pack/load-pack.js';
import { runRuleTests } from '../../src/ruletest/run-rule-tests.js';

// The pack's own YAML rule tests (rules/<pack>/tests/*.yaml), one vitest case each.
for (const name of ['national']) {
  const results = await runRuleTests(loadPack(name));
  describe(`rule tests of rules/${name}`, () => {
    it('has cases', () => expect(results.length).toBeGreaterThanOrEqual(30));
    it.each(results.map((r) => [`${r.file}:${r.line} ${r.name}`, r] as const))('%s', (_, r) => {
      expect(r.mismatches).toEqual([]);
    });
  });
}
