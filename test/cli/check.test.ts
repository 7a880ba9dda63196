import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempFile, tempPack } from '../helpers/temp-pack.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { percentOf, sampleScore } from '../samples/expected-scores.js';
import { itNeeding } from '../helpers/requirements.js';
import { SEEDS, seeds } from '../helpers/seeds.js';

const XIAXIAN = 'samples/real/003-xiaxian.yaml';
/** 夏县's score, worked by hand rule by rule (test/samples/expected-scores.ts). */
const X = sampleScore(XIAXIAN);
const national = loadPack('national');
const gradeEn = national.manifest.grades.find((g) => g.name === X.grade)!.en;
const Ajv2020 = ajv2020.default as unknown as typeof ajv2020.Ajv2020;
const validateAssessment = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync('schemas/assessment.schema.json', 'utf8')),
);

describe('fazhi check', () => {
  it('prints a Chinese report card', async () => {
    const { code, stdout, stderr } = await runCli(['check', XIAXIAN]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    // the score and 结构 subtotal as worked by hand (a 司法局, no events file, no 报送 date) in the table
    expect(lines[0]).toBe('夏县司法局（司法局） 2024年度 法治政府建设年度报告评查结果');
    expect(lines).toContain(`得分：${X.score} / ${X.maxScore}（${X.percent}%）    等级：${X.grade}`);
    expect(lines).toContain(`  报告结构                 ${X.categories.structure.join(' / ')}`);
    expect(lines).toContain(
      '      所报调解成功率98%与按件数计算的95.73%（628/656）相差2.27个百分点，请核对数据或说明口径（受理数还是调结数）',
    );
    expect(lines).toContain('      原文：第22行 “成功率达98%”');
    expect(stdout).not.toMatch(/\u001b\[/); // no colour codes when not a terminal
    // the info rule comparing 纠错率 (6/28 = 21.43%) with the national 12.07% is one more 不符合, worth 0; the two
    // count checks (出庭数 ≤ 应出庭数, 败诉数 ≤ 应诉数) are 未载明: 夏县 states neither 应出庭数 nor 应诉案件数
    expect(lines.at(-2)).toBe('通过 18 项，不符合 8 项，未载明 16 项，不适用 2 项，豁免 0 项，规则错误 0 项');
  });

  itNeeding(seeds)(
    'reads a document directly, and says which words it looked for when a figure is missing',
    async () => {
      const { code, stdout } = await runCli(['check', `${SEEDS}/003_d3685a82cfad45b2.txt`]);
      expect(code).toBe(0);
      const lines = stdout.split('\n');
      expect(lines).toContain(
        '      所报调解成功率98%与按件数计算的95.73%（628/656）相差2.27个百分点，请核对数据或说明口径（受理数还是调结数）',
      );
      const missing = lines.findIndex((l) => l.includes('[decisions.major-decision-legal-review'));
      expect(lines[missing + 1]).toBe(
        '      报告未载明重大行政决策合法性审查情况（审查率，或“均经合法性审查”；无重大行政决策的请写明）',
      );
      expect(lines[missing + 2]).toMatch(/^ {6}查找的词：.*合法性审查率、合法性审核率、.*均经合法性审查/);
    },
  );

  it('speaks English with --lang en', async () => {
    const { stdout } = await runCli(['check', XIAXIAN, '--lang', 'en']);
    expect(stdout).toContain(`Score: ${X.score} / ${X.maxScore} (${X.percent}%)    Grade: ${gradeEn}`);
    expect(stdout).toContain('18 passed, 8 failed, 16 not stated, 2 not applicable, 0 waived, 0 rule errors');
  });

  it('writes JSON that follows the assessment schema', async () => {
    const { code, stdout } = await runCli(['check', XIAXIAN, '--format', 'json']);
    expect(code).toBe(0);
    const a = JSON.parse(stdout);
    expect(validateAssessment(a), JSON.stringify(validateAssessment.errors)).toBe(true);
    expect(a).toMatchObject({
      report: { file: XIAXIAN, authority: '夏县司法局', year: 2024, role: 'judicial_bureau' },
      score: X.score,
      maxScore: X.maxScore,
      grade: X.grade,
      returned: false,
    });
  });

  it('writes an array for several reports, in the order given, byte-identical on every run', async () => {
    const args = ['check', 'samples/real/001-chongchuan.yaml', XIAXIAN, '--format', 'json'];
    const first = await runCli(args);
    expect(JSON.parse(first.stdout).map((a: { report: { authority: string } }) => a.report.authority)).toEqual([
      '崇川区司法局',
      '夏县司法局',
    ]);
    expect((await runCli(args)).stdout).toBe(first.stdout);
  });

  it('writes Markdown and --out files', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fazhi-')), 'card.md');
    const { code, stdout } = await runCli(['check', XIAXIAN, '--format', 'md', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const md = readFileSync(out, 'utf8');
    expect(md.split('\n')[0]).toBe('# 夏县司法局（司法局） 2024年度 法治政府建设年度报告评查结果');
    expect(md).toContain(`| 报告结构 | ${X.categories.structure.join(' / ')} |`);
  });

  it.each([
    // 夏县's percent is between these two whole numbers: at or above the first, below the second
    { args: ['--fail-under', String(Math.floor(X.percent))], code: 0 },
    { args: ['--fail-under', String(Math.floor(X.percent) + 1)], code: 1 },
    { args: ['--fail-on', 'error'], code: 1 },
    { args: ['--fail-on', 'error', '--rules', 'national'], code: 1 },
  ])('exit code $code with $args', async ({ args, code }) => {
    expect((await runCli(['check', XIAXIAN, ...args])).code).toBe(code);
  });

  it('passes --fail-on info for a report with no shortfall at all', async () => {
    // every rule a 司法局 is scored on, met (纠错率 6/52 = 11.54%, under the national 12.07%; 出庭 40 of 40, 败诉 3 of 42); an events file that records nothing against it
    const report = tempFile(
      'full.yaml',
      `${[
        'report: { authority: 某县司法局, year: 2024, role: judicial_bureau, documentType: annual_report, period: full_year, publishedOn: "2025-03-10", submittedOn: "2025-02-20" }',
        'sections: [measures_and_results, shortcomings, leadership_duty, next_year_plan, rectification]',
        'facts: { shortcomingCausesStated: true, rectificationCompleted: true, ownStatementOfLaw: true, statementOfLaw: full, leadershipLawStudySessions: 6,',
        '  criticismMentioned: false, majorDecisionLegalReviewRate: 100, normativeDocumentsReviewed: 14, normativeDocumentFilingRate: 100, legalAdviserCoverage: full,',
        '  enforcementThreeSystems: true, enforcementTrainees: 320, enforcementFilesReviewed: 90, reconsiderationReceived: 58, reconsiderationConcluded: 52,',
        '  reconsiderationCorrected: 6, reconsiderationCorrectionRate: 11.54, litigationCases: 42, headAppearanceRequired: 40, headAppearanceCases: 40,',
        '  headAppearanceRate: 100, litigationLost: 3, litigationLossRate: 7.14, lawPopularizationResponsibility: true, lawPopularizationEvents: 160,',
        '  ruralLegalUnderstanders: 900, legalAidCases: 410, mediationAccepted: 3180, mediationSucceeded: 3165, mediationSuccessRate: 99.5 }',
      ].join('\n')}\n`,
    );
    const events = tempFile('events.yaml', 'events: []\n');
    const r = await runCli(['check', report, '--events', events, '--fail-on', 'info', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 106, maxScore: 106, grade: '优秀' });
    expect(r.code).toBe(0);
  });

  it('refuses an events file whose event names a rule not scored from events, with its line', async () => {
    const events = tempFile(
      'events.yaml',
      'events:\n  - { id: e1, unit: 夏县司法局, rule: litigation.head-appearance-rate, source: 某通报 }\n',
    );
    const { code, stdout, stderr } = await runCli(['check', XIAXIAN, '--events', events]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${events}:2:34: 事件引用的规则“litigation.head-appearance-rate”不存在或不按事件计分；按事件计分的规则：accountability.major-violation\n`,
    );
  });

  it('applies a waiver file and shows the waiver', async () => {
    const waivers = tempFile(
      'waivers.yaml',
      'waivers:\n  - { rule: structure.leadership-duty, report: 夏县司法局, reason: 已专题报告, approver: 市依法治市办, expires: 2025-12-31 }\n',
    );
    const { stdout } = await runCli(['check', XIAXIAN, '--waivers', waivers, '--as-of', '2025-06-01']);
    // the waived rule's points leave the maximum; the score stays
    const waived = national.rules.find((r) => r.rule.id === 'structure.leadership-duty')!.rule.points;
    expect(stdout).toContain(
      `得分：${X.score} / ${X.maxScore - waived}（${percentOf(X.score, X.maxScore - waived)}%）`,
    );
    expect(stdout).toContain('      豁免：已专题报告（批准 市依法治市办，有效期至 2025-12-31）');
    const expired = await runCli(['check', XIAXIAN, '--waivers', waivers, '--as-of', '2026-01-01']);
    expect(expired.stdout).toContain('      豁免已过期：已专题报告（批准 市依法治市办，有效期至 2025-12-31）');
  });
});

describe('fazhi check with bad input: exit 2 and one clear line', () => {
  const t = (name: string, content: string) => tempFile(name, content);
  const cases: { name: string; file: () => string; line: (f: string) => string }[] = [
    {
      name: 'a file that does not exist',
      file: () => 'nope/missing.yaml',
      line: (f) => `${f}: 文件不存在；请检查路径`,
    },
    { name: 'a directory', file: () => 'samples', line: (f) => `${f}: 这是目录，不是文件；请指定其中的文件` },
    { name: 'an empty file', file: () => t('empty.yaml', ''), line: (f) => `${f}: 文件为空；请提供报告内容` },
    {
      name: 'a file of blank lines',
      file: () => t('blank.yaml', '\n\n  \n'),
      line: (f) => `${f}: 文件为空；请提供报告内容`,
    },
    {
      name: 'a YAML syntax error',
      file: () => t('syntax.yaml', 'report:\n  authority: 某县司法局\nsections: [measures_and_results\nfacts: {}\n'),
      line: (f) =>
        `${f}:4:1: YAML 语法错误：Flow sequence in block collection must be sufficiently indented and end with a ]`,
    },
    {
      name: 'a wrong type for a fact',
      file: () => t('type.yaml', 'report: {}\nsections: []\nfacts:\n  headAppearanceRate: 百分之百\n'),
      line: (f) => `${f}:4:23: 事实“headAppearanceRate”应为百分数（数字，100 表示 100%），实际为“百分之百”`,
    },
    {
      name: 'a percentage over 100',
      file: () => t('range.yaml', 'report: {}\nsections: []\nfacts:\n  headAppearanceRate: 140\n'),
      line: (f) => `${f}:4:23: 事实“headAppearanceRate”应为百分数（数字，100 表示 100%），实际为“140”`,
    },
    {
      name: 'an unknown fact id',
      file: () => t('unknown.yaml', 'report: {}\nsections: []\nfacts:\n  headApearanceRate: 100\n'),
      line: (f) => `${f}:4:3: 细则中没有事实“headApearanceRate”；是否应为“headAppearanceRate”？`,
    },
    {
      name: 'an enum value the pack does not define',
      file: () => t('enum.yaml', 'report: {}\nsections: []\nfacts:\n  statementOfLaw: yes\n'),
      line: (f) => `${f}:4:19: 事实“statementOfLaw”的取值“yes”无效；可选：full, partial, held, none`,
    },
    {
      name: 'an unknown section',
      file: () => t('section.yaml', 'report: {}\nsections: [measures, shortcomings]\nfacts: {}\n'),
      line: (f) =>
        `${f}:2:12: 细则中没有报告部分“measures”；可用：measures_and_results, shortcomings, leadership_duty, next_year_plan, rectification, other`,
    },
    {
      name: 'a number that is not finite (.nan)',
      file: () => t('nan.yaml', 'report: {}\nsections: []\nfacts:\n  headAppearanceRate: .nan\n'),
      line: (f) => `${f}:4:23: 应为有限数字，实际为“NaN”；请填写具体数值`,
    },
    {
      name: 'a number too large to be finite (1e309)',
      file: () => t('inf.yaml', 'report: {}\nsections: []\nfacts:\n  litigationCases: 1e309\n'),
      line: (f) => `${f}:4:20: 应为有限数字，实际为“Infinity”；请填写具体数值`,
    },
    {
      name: 'a date that is not on the calendar',
      file: () => t('feb30.yaml', 'report: { year: 2024, publishedOn: 2025-02-30 }\nsections: []\nfacts: {}\n'),
      line: (f) => `${f}:1:36: “2025-02-30”不是有效日期；请填写日历上存在的日期，如 2025-03-31`,
    },
    {
      name: 'a missing required field',
      file: () => t('required.yaml', 'report: {}\nfacts: {}\n'),
      line: (f) => `${f}:1:1: 缺少必填字段“sections”`,
    },
    {
      name: 'a date in the wrong format',
      file: () => t('date.yaml', 'report: { publishedOn: 2025/03/01 }\nsections: []\nfacts: {}\n'),
      line: (f) => `${f}:1:24: 格式不对：“2025/03/01”应为YYYY-MM-DD 格式的日期，如 2025-03-31`,
    },
    {
      name: 'a fact id that is not camelCase',
      file: () => t('id.yaml', 'report: {}\nsections: []\nfacts: { bad_id: 1 }\n'),
      line: (f) => `${f}:3:10: 格式不对：“bad_id”应为小驼峰写法的 id，如 headAppearanceRate`,
    },
    {
      name: 'a misspelt metadata field',
      file: () => t('field.yaml', 'report: { authorty: 某县司法局 }\nsections: []\nfacts: {}\n'),
      line: (f) => `${f}:1:11: 不认识的字段“authorty”；是否应为“authority”？`,
    },
    {
      name: 'a YAML alias bomb',
      file: () =>
        t(
          'bomb.yaml',
          'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
        ),
      line: (f) => `${f}:1:1: YAML 别名（*alias）展开过多，疑似资源耗尽攻击；请去掉嵌套别名`,
    },
    {
      name: 'a __proto__ key',
      file: () => t('proto.yaml', 'report: {}\nsections: []\nfacts:\n  __proto__: { polluted: 1 }\n'),
      line: (f) => `${f}:4:3: 不允许使用键名“__proto__”；请改名`,
    },
    {
      name: 'a list instead of a mapping',
      file: () => t('list.yaml', '- 1\n- 2\n'),
      line: (f) => `${f}:1:1: 文件顶层应为映射（键: 值），实际为list`,
    },
    {
      name: 'an unsupported file type',
      file: () => t('report.ofd', 'OFD'),
      line: (f) => `${f}: 不支持的文件类型“.ofd”；支持：`,
    },
  ];
  it.each(cases)('$name', async ({ file, line }) => {
    const f = file();
    const { code, stdout, stderr } = await runCli(['check', f]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(line(f))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still scores the good files when one is bad, keeps the bad one in its place, and exits 2', async () => {
    const { code, stdout, stderr } = await runCli(['check', XIAXIAN, 'nope.yaml', '--format', 'json']);
    expect(code).toBe(2);
    const [good, bad] = JSON.parse(stdout);
    expect(good.report.authority).toBe('夏县司法局');
    expect(bad).toMatchObject({ file: 'nope.yaml', error: { code: 'file.not-found' } });
    expect(stderr).toBe('nope.yaml: 文件不存在；请检查路径\n');
  });

  it('reports rule-pack mistakes with file:line:column and exit 2', async () => {
    const pack = tempPack({
      'checklist.yaml': (s) => s.replace('operator: greaterThanInclusive, value: 100 }', 'operator: gte, value: 100 }'),
    });
    const { code, stderr } = await runCli(['check', XIAXIAN, '--rules', pack, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^\/.*\/checklist\.yaml:\d+:\d+: unknown operator "gte" \(operators: equal, /);
  });

  it('says a file given as --rules is not a pack', async () => {
    const { code, stderr } = await runCli(['check', XIAXIAN, '--rules', 'README.md']);
    expect(code).toBe(2);
    expect(stderr).toBe('README.md: 这不是细则目录；--rules 应为含 pack.yaml 的目录，或内置细则名（如 national）\n');
  });

  it.each([
    [
      ['check', XIAXIAN, '--format', 'pdf'],
      /error: option '-f, --format <format>' argument 'pdf' is invalid. one of: text, json, md/,
    ],
    [['check', XIAXIAN, '--fail-under', 'lots'], /argument 'lots' is invalid. a number from 0 to 100/],
    [['check', XIAXIAN, '--bogus'], /error: unknown option '--bogus'/],
    [['check'], /error: missing required argument 'file'/],
    [['chek', XIAXIAN], /error: unknown command 'chek'/],
  ])('usage mistakes exit 2: %j', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
