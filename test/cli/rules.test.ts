import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@cfworker/json-schema';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { childPackWithBadOverride, tempPack } from '../helpers/temp-pack.js';

describe('fazhi rules validate', () => {
  // national: 44 rules; example-province: + 宪法宣誓, − 败诉情况 (disabled) = 44
  it.each(['national', 'rules/example-province'])('finds no problem in the shipped pack %s', async (pack) => {
    const { code, stdout, stderr } = await runCli(['rules', 'validate', pack]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`${pack}：未发现问题（44 项规则）\n`);
  });

  it('requires every rule of a shipped pack to be tested both ways, and only warns for a user pack', async () => {
    // the only case where the 报送 deadline does not apply (a government's report) is the file's last
    const strip = (t: string) => t.replace(/\n {2}- name: 政府报告不评部门报送期限\n[\s\S]*$/, '\n');
    const dir = tempPack({ 'tests/services-publication.yaml': strip });
    const { code, stdout, stderr } = await runCli(['rules', 'validate', dir, '--lang', 'en']);
    const text = readFileSync(join(dir, 'checklist.yaml'), 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('id: publication.submission-deadline')) + 1;
    expect(stderr).toBe(
      `${dir}/checklist.yaml:${line}:5: warning: rule "publication.submission-deadline" has no test case where it does not apply; add one to tests/*.yaml (every rule needs a case where it passes and one where it does not, and one where it does not apply)\n`,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('no problems');
  });

  it('reports ten different mistakes as ten file:line:column lines, sorted, then a count', async () => {
    const dir = tempPack({
      'checklist.yaml': (t) =>
        t
          .replace('fact: headAppearanceRateEffective, target', 'fact: headApearanceRate, target') // 1 unknown fact
          .replace('operator: greaterThanInclusive, value: 100 }', 'operator: gte, value: 100 }') // 2 unknown operator
          .replace('id: structure.shortcomings', 'id: structure.measures-and-results') // 3 duplicate id
          .replace('category: publicity\n', 'category: publicty\n') // 4 unknown category
          .replace('value: leadership_duty }', 'value: leadership }') // 5 unknown section
          .replace('    remedy: 写明全年组织执法人员培训', '    remedey: 写明全年组织执法人员培训') // 6 misspelt field
          .replace('行政规范性文件报备率为{{normativeDocumentFilingRate}}%', '行政规范性文件报备率为{{filingRate}}%') // 7 template
          .replace(
            '      - label: 组织述法但未实现或未载明全覆盖\n        points: 2',
            '      - label: 组织述法但未实现或未载明全覆盖\n        points: 9',
          ) // 8 tier points
          .replace(
            '{ fact: statementOfLaw, operator: equal, value: full }',
            '{ fact: statementOfLaw, operator: equal, value: complete }',
          ), // 9 enum value
      'pack.yaml': (t) => t.replace('min: 90 }', 'min: 70 }'), // 10 grades out of order
    });
    const { code, stderr } = await runCli(['rules', 'validate', dir, '--lang', 'en']);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`${dir}: 10 problem(s)`);
    const problems = lines.slice(0, -1).map((l) => l.slice(dir.length + 1));
    expect(problems).toHaveLength(10);
    for (const p of problems) expect(p).toMatch(/^(checklist|pack)\.yaml:\d+:\d+: /);
    const codes = problems.map((p) => p.replace(/^[^ ]+ /, ''));
    expect(codes.filter((c) => c.startsWith('unknown fact "headApearanceRate"'))).toHaveLength(1);
    expect(codes.some((c) => c.startsWith('unknown operator "gte"'))).toBe(true);
    expect(codes.some((c) => c.startsWith('duplicate rule id "structure.measures-and-results"'))).toBe(true);
    expect(codes.some((c) => c.startsWith('unknown category "publicty"'))).toBe(true);
    expect(codes.some((c) => c.startsWith('unknown section "leadership"'))).toBe(true);
    expect(codes.some((c) => c.startsWith('unknown field "remedey"'))).toBe(true);
    expect(codes.some((c) => c.startsWith('{{filingRate}} in the message'))).toBe(true);
    expect(codes.some((c) => c.startsWith('tier points 9 exceed'))).toBe(true);
    expect(codes.some((c) => c.startsWith('fact "statementOfLaw" has no value "complete"'))).toBe(true);
    expect(codes.some((c) => c.startsWith('grades must run from the highest'))).toBe(true);
    const positions = problems.map((p) => p.split(': ')[0]!);
    const key = (pos: string) => {
      const [f, l, c] = pos.split(':');
      return [f!, Number(l), Number(c)] as const;
    };
    const sorted = [...positions].sort((a, b) => {
      const [fa, la, ca] = key(a);
      const [fb, lb, cb] = key(b);
      return fa.localeCompare(fb) || la - lb || ca - cb;
    });
    expect(positions).toEqual(sorted);
  });
});

describe('pack inheritance', () => {
  it.each([
    {
      name: 'a missing parent',
      manifest: 'id: child\ntitle: t\nversion: "1"\nextends: ../nowhere\n',
      expected: /pack\.yaml:4:10: the parent pack "\.\.\/nowhere" named by extends does not exist/,
    },
    {
      name: 'a pack that extends itself',
      manifest: 'id: child\ntitle: t\nversion: "1"\nextends: .\n',
      expected: /pack\.yaml:4:10: packs extend each other in a cycle: /,
    },
  ])('reports $name', async ({ manifest, expected }) => {
    const dir = tempPack();
    writeFileSync(join(dir, 'pack.yaml'), manifest);
    const { code, stderr } = await runCli(['rules', 'validate', dir, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toMatch(expected);
  });

  it('rejects an override of a rule no parent has, and a new rule reusing an inherited id', async () => {
    const dir = childPackWithBadOverride();
    const { code, stderr } = await runCli(['rules', 'validate', dir, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'checklist.yaml:2:9: overrides names rule "litigation.no-such-rule", which no parent pack defines; add new rules under rules',
    );
    expect(stderr).toContain(
      'checklist.yaml:5:9: rule "structure.shortcomings" is already defined by the parent pack; change it under overrides',
    );
  });

  it('the example province tightens, disables, vetoes and adds rules', async () => {
    const { stdout } = await runCli(['rules', 'list', 'rules/example-province', '--format', 'json']);
    const rows = JSON.parse(stdout) as { id: string; points: number; veto: boolean; appliesTo?: string[] }[];
    expect(rows.map((r) => r.id)).toContain('accountability.constitution-oath');
    expect(rows.map((r) => r.id)).not.toContain('litigation.loss-rate');
    expect(rows.find((r) => r.id === 'accountability.major-violation')).toMatchObject({ veto: true });
    expect(rows.find((r) => r.id === 'legal_services.legal-aid')).toMatchObject({ appliesTo: ['judicial_bureau'] });
    // 92% is 8 points short of 100: 2 points each takes all 8
    const card = await runCli([
      'check',
      'samples/synthetic/veto.yaml',
      '--rules',
      'rules/example-province',
      '--format',
      'json',
    ]);
    const head = JSON.parse(card.stdout).findings.find(
      (f: { ruleId: string }) => f.ruleId === 'litigation.head-appearance-rate',
    );
    expect(head).toMatchObject({
      status: 'fail',
      points: 0,
      message: '行政机关负责人出庭应诉率为92%，未达到100%（每低1个百分点扣2分，得0分）',
    });
  });
});

describe('fazhi rules test', () => {
  it.each(['national', 'rules/example-province'])('passes for %s', async (pack) => {
    const { code, stdout } = await runCli(['rules', 'test', pack]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ 个用例：通过 \d+，失败 0$/);
  });

  it('fails a wrong expectation with a readable diff, exit 1', async () => {
    const dir = tempPack({
      'tests/litigation-reconsideration.yaml': (t) =>
        t.replace(
          'litigation.head-appearance-rate: { status: fail, points: 5, maxPoints: 8 }',
          'litigation.head-appearance-rate: { status: pass, points: 6, maxPoints: 8 }',
        ),
    });
    const { code, stdout } = await runCli(['rules', 'test', dir, '--lang', 'en']);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    const failed = lines.findIndex((l) => l.startsWith('✗'));
    expect(lines[failed]).toMatch(/^✗ .*tests\/litigation-reconsideration\.yaml:\d+ 出庭应诉率97\.5%/);
    expect(lines[failed + 1]).toBe('    litigation.head-appearance-rate.status: expected pass, got fail');
    expect(lines[failed + 2]).toBe('    litigation.head-appearance-rate.points: expected 6, got 5');
    expect(lines.at(-2)).toMatch(/^\d+ cases: \d+ passed, 1 failed$/);
  });
});

describe('fazhi rules doc and list', () => {
  it('the checked-in rules/national/CHECKLIST.md is current (regenerate with `npx fazhi rules doc national --out rules/national/CHECKLIST.md`)', async () => {
    const { stdout } = await runCli(['rules', 'doc', 'national']);
    expect(readFileSync('rules/national/CHECKLIST.md', 'utf8')).toBe(stdout);
  });

  it("never passes a pack's HTML or links through raw: a title's <script> and [x](javascript:…) are escaped", async () => {
    const title = '载明上一年度推进法治政府建设的主要举措和成效';
    const dir = tempPack({
      'checklist.yaml': (t) =>
        t.replace(`title: ${title}`, `title: '${title}<script>alert(1)</script>[x](javascript:alert(1))'`),
    });
    const { stdout } = await runCli(['rules', 'doc', dir]);
    expect(stdout).toContain(`### ${title}&lt;script&gt;alert(1)&lt;/script&gt;\\[x\\](javascript:alert(1))（7分）`);
    expect(stdout).not.toMatch(/<script|(?<!\\)\]\(javascript/); // a link needs an unescaped ](
  });

  it('writes each scoring form out in Chinese', async () => {
    const { stdout } = await runCli(['rules', 'doc', 'national']);
    expect(stdout).toContain(
      '- 评分：负责人出庭应诉率（所报值，未报则按件数计算） ≥ 100%，得8分；每低1个百分点扣1分，不足1个百分点的按1个百分点计，扣完为止。未载明所需数据的，得0分（计入总分）。行政诉讼（应诉）案件数为0件或应出庭应诉案件数为0件的，本项不适用、不计分。',
    );
    expect(stdout).toContain('- 评分：报告含“主要举措和成效”部分，得7分；否则得0分。');
    expect(stdout).toContain('- 适用对象：司法局（个性指标）');
    expect(stdout).toContain(
      '- 评分：须满足：文件类型为“法治政府建设年度报告”（不计分）。未载明所需数据的，仅作提示、不计分。本项为门槛：不符合的，退回重报，得分仅供参考。',
    );
    // the wording bugs an assessor found: no "≥ 0件", no "件数 ≤ 0个百分点"
    expect(stdout).not.toMatch(/≥ 0件|件 ≤ 0个百分点/);
    expect(stdout).toContain('调解成功数超出受理数的件数 ≤ 0件');
  });

  it('renders HTML with --format html', async () => {
    const { stdout } = await runCli(['rules', 'doc', 'national', '--format', 'html']);
    expect(stdout).toMatch(/^<!DOCTYPE html>/);
    expect(stdout).toContain('<h1>法治政府建设年度报告通用评查细则</h1>');
    expect(stdout).toContain('<td>报告结构</td><td>9</td><td>31</td>');
  });

  it('lists the rules as an aligned table', async () => {
    const { stdout } = await runCli(['rules', 'list']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^编号\s+分类\s+分值\s+程度\s+适用对象\s+标题$/);
    expect(lines.find((l) => l.startsWith('legal_services.legal-aid '))).toMatch(
      /\s3\s+warning\s+司法局\s+载明法律援助案件办理情况$/,
    );
    expect(lines.find((l) => l.startsWith('structure.document-type '))).toMatch(/\s门槛\s+error\s+共性\s/);
    expect(lines.at(-1)).toBe('共 44 项（共性 34 项，个性 10 项）');
  });
});

describe('schemas under an independent validator', () => {
  const schema = (name: string) => JSON.parse(readFileSync(`schemas/${name}`, 'utf8'));
  const files: [string, string][] = [];
  for (const pack of ['national', 'example-province']) {
    for (const f of readdirSync(`rules/${pack}`).filter((x) => x.endsWith('.yaml')))
      files.push([`rules/${pack}/${f}`, `${f.replace('.yaml', '')}.schema.json`]);
    for (const f of readdirSync(`rules/${pack}/tests`).filter((x) => x.endsWith('.yaml')))
      files.push([`rules/${pack}/tests/${f}`, 'rule-test.schema.json']);
  }
  for (const f of readdirSync('samples/real')) files.push([`samples/real/${f}`, 'report.schema.json']);
  it.each(files)('%s is valid under @cfworker/json-schema against %s', (file, schemaFile) => {
    const result = new Validator(schema(schemaFile), '2020-12', false).validate(parse(readFileSync(file, 'utf8')));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });
  it('and it rejects a broken one', () => {
    const result = new Validator(schema('checklist.schema.json'), '2020-12', false).validate({
      rules: [{ id: 'Bad Id', points: 'x' }],
    });
    expect(result.valid).toBe(false);
  });
});
