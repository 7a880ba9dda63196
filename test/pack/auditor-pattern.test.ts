import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { compileAuditorPattern } from '../../src/pack/auditor-pattern.js';
import { runCli } from '../helpers/cli.js';
import { tempPack } from '../helpers/temp-pack.js';

/** The national pack with a `pattern` added to the legalAidCases fact. */
const withPattern = (pattern: string) =>
  tempPack({
    'facts.yaml': (t) =>
      t.replace(/(\{ id: legalAidCases, [^\n]*?)( \})\n/, `$1, pattern: ${JSON.stringify(pattern)}$2\n`),
  });

const doc = (text: string) => ({ file: 'mem.txt', format: 'text' as const, text, meta: {} });

describe('auditor patterns', () => {
  it('extract the named value group, with its evidence', () => {
    const pack = loadPack(withPattern('援助律师代理(?<value>\\d+)宗'));
    const r = extractDocument(doc('一、主要举措和成效\n全年由援助律师代理37宗案件。\n'), pack);
    expect(r.facts.legalAidCases).toBe(37);
    expect(r.evidence?.legalAidCases).toMatchObject({ line: 2 });
  });

  it('cannot hang on catastrophic backtracking: (a+)+$ over a long line finishes, finding nothing', () => {
    const pack = loadPack(withPattern('(a+)+$'));
    // V8's backtracking engine would take longer than the age of the universe on this line.
    const r = extractDocument(doc(`一、主要举措和成效\n${'a'.repeat(100_000)}b\n`), pack);
    expect(r.facts.legalAidCases).toBeUndefined();
  });

  it('is refused at validation when RE2 cannot run it, with file:line:column', async () => {
    const dir = withPattern('(?<=代理)\\d+');
    const { code, stderr } = await runCli(['rules', 'validate', dir, '--lang', 'en']);
    expect(code).toBe(2);
    const line =
      readFileSync(join(dir, 'facts.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('(?<=代理)')) + 1;
    expect(stderr).toMatch(new RegExp(`facts\\.yaml:${line}:\\d+: `));
    expect(stderr).toMatch(
      /facts\.yaml:\d+:\d+: the regular expression "\(\?<=代理\)\\d\+" of fact "legalAidCases" is invalid \(invalid named capture: .*\); rewrite it in RE2 syntax/,
    );
  });

  it.each([
    ['纠错率[为是]?(\\d+(?:\\.\\d+)?)%', '纠错率为21.32%', '21.32'],
    ['(?P<value>\\d+)件', '共12件', '12'],
    ['出庭率(?<value>\\d+)%', '𠀀出庭率100%', '100'],
  ])('%s finds %s → %s', (source, text, value) => {
    const p = compileAuditorPattern(source);
    if ('error' in p) throw new Error(p.error);
    const [m] = [...p.matchAll(text)];
    expect(m?.value).toBe(value);
    expect(text.slice(m!.index, m!.index + m!.text.length)).toBe(m!.text);
  });
});
