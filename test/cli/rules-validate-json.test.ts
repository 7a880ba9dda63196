import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { childPackWithBadOverride, tempPack } from '../helpers/temp-pack.js';

const Ajv2020 = ajv2020.default as unknown as typeof ajv2020.Ajv2020;
const validateOutput = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync('schemas/rules-validate.schema.json', 'utf8')),
);

/** `rules validate --format json`: the output, checked against its schema. */
async function validateJson(pack: string) {
  const run = await runCli(['rules', 'validate', pack, '--format', 'json', '--lang', 'en']);
  const out = JSON.parse(run.stdout);
  expect(validateOutput(out), JSON.stringify(validateOutput.errors?.slice(0, 3))).toBe(true);
  return { ...run, out };
}

describe('fazhi rules validate --format json: the problems as data', () => {
  it('a valid pack: valid, its rule count, no problems; exit 0 and nothing on stderr', async () => {
    const { code, stderr, out } = await validateJson('national');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    // 44 rules, as the text output says (test/cli/rules.test.ts)
    expect(out).toEqual({ pack: 'national', valid: true, rules: 44, problems: [] });
  });

  it('errors: each with code, severity, file, the span of the YAML value at fault, message and params; exit 2', async () => {
    const dir = childPackWithBadOverride();
    const { code, stdout, stderr, out } = await validateJson(dir);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(stdout.endsWith('}\n')).toBe(true);
    const file = join(dir, 'checklist.yaml');
    // `  - id: ` is 8 characters, so each id starts at column 9; litigation.no-such-rule is 23 characters, structure.shortcomings 22
    expect(out).toEqual({
      pack: dir,
      valid: false,
      problems: [
        {
          code: 'pack.unknown-override',
          severity: 'error',
          file,
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 32,
          pointer: '/overrides/0/id',
          message:
            'overrides names rule "litigation.no-such-rule", which no parent pack defines; add new rules under rules',
          params: { id: 'litigation.no-such-rule' },
        },
        {
          code: 'pack.rule-exists',
          severity: 'error',
          file,
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 31,
          pointer: '/rules/0/id',
          message: 'rule "structure.shortcomings" is already defined by the parent pack; change it under overrides',
          params: { id: 'structure.shortcomings' },
        },
      ],
    });
  });

  it('warnings only: valid, exit 0, each warning with severity warning', async () => {
    // the only case where the 报送 deadline does not apply (a government's report) is the file's last
    const strip = (t: string) => t.replace(/\n {2}- name: 政府报告不评部门报送期限\n[\s\S]*$/, '\n');
    const dir = tempPack({ 'tests/services-publication.yaml': strip });
    const { code, out } = await validateJson(dir);
    expect(code).toBe(0);
    const file = join(dir, 'checklist.yaml');
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('id: publication.submission-deadline')) + 1;
    // `  - id:` — the rule's id: key at column 5; found by searching the text, so no end is known
    expect(out).toEqual({
      pack: dir,
      valid: true,
      rules: 44,
      problems: [
        {
          code: 'pack.untested-rule',
          severity: 'warning',
          file,
          line,
          column: 5,
          message:
            'rule "publication.submission-deadline" has no test case where it does not apply; add one to tests/*.yaml (every rule needs a case where it passes and one where it does not, and one where it does not apply)',
          params: { rule: 'publication.submission-deadline', missing: '不适用', missingEn: 'does not apply', na: 1 },
        },
      ],
    });
  });
});
