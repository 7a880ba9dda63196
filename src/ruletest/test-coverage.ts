import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Pack } from '../pack/compiled-pack.js';
import { problem, type Problem } from '../problems/problem.js';
import { BUNDLED_RULES_DIR } from '../util/package-root.js';
import { caseExpectations } from './case-expectations.js';

type Seen = { pass: boolean; other: boolean; na: boolean };

/**
 * Every rule must be tested both ways: a case where it passes and one where it does not —
 * and, for a rule that can not apply (appliesTo, notApplicable), a case where it does not
 * apply. Read statically from the expectations in tests/*.yaml of every pack in the chain,
 * so it costs no scoring. An error in a bundled pack (we ship it), a warning in a user's.
 */
export function untestedRules(pack: Pack): Problem[] {
  const seen = new Map<string, Seen>();
  for (const { ruleId, status } of caseExpectations(pack)) {
    const s = seen.get(ruleId) ?? { pass: false, other: false, na: false };
    if (status === 'pass') s.pass = true;
    else if (status === 'not_applicable') s.na = true;
    else if (status !== undefined) s.other = true;
    seen.set(ruleId, s);
  }
  const bundled = resolve(pack.dir).startsWith(resolve(BUNDLED_RULES_DIR) + sep);
  const lines = new Map<string, string[]>();
  const out: Problem[] = [];
  for (const { rule, file } of pack.rules) {
    const s = seen.get(rule.id) ?? { pass: false, other: false, na: false };
    const canBeNa = rule.appliesTo !== undefined || rule.notApplicable !== undefined;
    const missing: Array<[string, string]> = [];
    if (!s.pass) missing.push(['通过', 'passes']);
    if (!s.other) missing.push(['不通过', 'does not pass']);
    if (canBeNa && !s.na) missing.push(['不适用', 'does not apply']);
    if (missing.length === 0) continue;
    if (!lines.has(file)) lines.set(file, readFileSync(file, 'utf8').split('\n'));
    const line =
      lines.get(file)!.findIndex((l) => new RegExp(`\\bid:\\s*${rule.id.replace(/[.]/g, '\\.')}\\s*$`).test(l)) + 1;
    out.push({
      ...problem(
        'pack.untested-rule',
        file,
        {
          rule: rule.id,
          missing: missing.map((m) => m[0]).join('、'),
          missingEn: missing.map((m) => m[1]).join(' / '),
          na: canBeNa ? 1 : 0,
        },
        line > 0 ? { line, column: lines.get(file)![line - 1]!.indexOf('id:') + 1 } : {},
      ),
      ...(bundled ? {} : { severity: 'warning' as const }),
    });
  }
  return out;
}
