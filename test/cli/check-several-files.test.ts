import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempFile } from '../helpers/temp-pack.js';

const XIAXIAN = 'samples/real/003-xiaxian.yaml';
const Ajv2020 = ajv2020.default as unknown as typeof ajv2020.Ajv2020;
const validateCheck = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync('schemas/check.schema.json', 'utf8')),
);
const require = createRequire(import.meta.url);
const Ajv04 = AjvDraft04 as unknown as typeof AjvDraft04.default;
const validateSarif = new Ajv04({
  strict: false,
  allErrors: true,
  validateFormats: false,
  unicodeRegExp: false,
}).compile(
  JSON.parse(
    readFileSync(
      join(dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json'),
      'utf8',
    ),
  ),
);

// A percentage written in words: line 4, and the value starts after `  headAppearanceRate: ` (22 characters);
// its 4 characters end before column 27 (an end column is the one just after the span, as in SARIF)
const badReport = () => tempFile('bad.yaml', 'report: {}\nsections: []\nfacts:\n  headAppearanceRate: 百分之百\n');
const TYPE_MESSAGE = '事实“headAppearanceRate”应为百分数（数字，100 表示 100%），实际为“百分之百”';
const NOT_FOUND = '文件不存在；请检查路径';

describe('fazhi check with several files, some bad: every input keeps its place', () => {
  it('json: an array in input order, a failed file as an error entry, valid against check.schema.json; exit 2', async () => {
    const bad = badReport();
    const { code, stdout, stderr } = await runCli(['check', bad, XIAXIAN, 'nope.yaml', '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toBe(`${bad}:4:23: ${TYPE_MESSAGE}\nnope.yaml: ${NOT_FOUND}\n`);
    const out = JSON.parse(stdout);
    expect(validateCheck(out), JSON.stringify(validateCheck.errors?.slice(0, 3))).toBe(true);
    expect(out).toHaveLength(3);
    const typeProblem = {
      code: 'report.fact-type',
      severity: 'error',
      message: TYPE_MESSAGE,
      params: { fact: 'headAppearanceRate', expected: 'percent', actual: '百分之百' },
      line: 4,
      column: 23,
      endLine: 4,
      endColumn: 27,
      pointer: '/facts/headAppearanceRate',
    };
    expect(out[0]).toEqual({
      file: bad,
      error: typeProblem,
      message: `${bad}:4:23: ${TYPE_MESSAGE}`,
      problems: [typeProblem],
    });
    expect(out[1].report.authority).toBe('夏县司法局');
    const notFound = { code: 'file.not-found', severity: 'error', message: NOT_FOUND, params: {} };
    expect(out[2]).toEqual({
      file: 'nope.yaml',
      error: notFound,
      message: `nope.yaml: ${NOT_FOUND}`,
      problems: [notFound],
    });
  });

  it('json: one file gives one object, as before — the assessment, or the error entry when it fails', async () => {
    const good = JSON.parse((await runCli(['check', XIAXIAN, '--format', 'json'])).stdout);
    expect(Array.isArray(good)).toBe(false);
    expect(good.report.authority).toBe('夏县司法局');
    const { code, stdout } = await runCli(['check', 'nope.yaml', '--format', 'json', '--lang', 'en']);
    expect(code).toBe(2);
    const notFound = {
      code: 'file.not-found',
      severity: 'error',
      message: 'file does not exist; check the path',
      params: {},
    };
    expect(JSON.parse(stdout)).toEqual({
      file: 'nope.yaml',
      error: notFound,
      message: 'nope.yaml: file does not exist; check the path',
      problems: [notFound],
    });
    expect(validateCheck(JSON.parse(stdout))).toBe(true);
  });

  it('junit: a testsuite per input, the failed one with an <error>; the totals count it', async () => {
    const { code, stdout } = await runCli(['check', XIAXIAN, 'nope.yaml', '--format', 'junit']);
    expect(code).toBe(2);
    expect(stdout.match(/<testsuite /g)).toHaveLength(2);
    // 夏县 has 44 rules, no rule errors: the one error is the file
    expect(stdout).toMatch(/^<testsuites name="fazhi" tests="45" failures="\d+" errors="1" skipped="\d+">$/m);
    expect(stdout).toContain(
      [
        '  <testsuite name="nope.yaml" tests="1" failures="0" errors="1" skipped="0" file="nope.yaml">',
        '    <testcase classname="fazhi.input" name="无法评查" file="nope.yaml">',
        `      <error message="nope.yaml: ${NOT_FOUND}" type="file.not-found">nope.yaml: ${NOT_FOUND}</error>`,
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
      ].join('\n'),
    );
    expect(stdout.indexOf('file="samples/real/003-xiaxian.yaml"')).toBeLessThan(stdout.indexOf('file="nope.yaml"'));
  });

  it("sarif: the invocation is not successful and names each failed file, with the span and the problem's parameters; valid SARIF 2.1.0", async () => {
    const bad = badReport();
    const { code, stdout } = await runCli(['check', bad, XIAXIAN, '--format', 'sarif']);
    expect(code).toBe(2);
    const log = JSON.parse(stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: `${bad}:4:23: ${TYPE_MESSAGE}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: `file://${bad}` },
                  region: { startLine: 4, startColumn: 23, endLine: 4, endColumn: 27 },
                },
              },
            ],
            descriptor: { id: 'report.fact-type' },
            properties: { params: { fact: 'headAppearanceRate', expected: 'percent', actual: '百分之百' } },
          },
        ],
      },
    ]);
    // the good report's findings are still results
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    const clean = JSON.parse((await runCli(['check', XIAXIAN, '--format', 'sarif'])).stdout);
    expect(clean.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('text: the failed file gets a card of its own, in its place, with the line stderr prints', async () => {
    const { code, stdout } = await runCli(['check', 'nope.yaml', XIAXIAN]);
    expect(code).toBe(2);
    expect(
      stdout.startsWith(
        `无法评查：nope.yaml\n  nope.yaml: ${NOT_FOUND}\n\n${'─'.repeat(60)}\n\n夏县司法局（司法局） 2024年度 法治政府建设年度报告评查结果\n`,
      ),
    ).toBe(true);
  });

  it('text: one file that fails prints nothing on stdout (stderr says it), but --out still gets the card', async () => {
    const plain = await runCli(['check', 'nope.yaml']);
    expect([plain.code, plain.stdout, plain.stderr]).toEqual([2, '', `nope.yaml: ${NOT_FOUND}\n`]);
    const out = join(mkdtempSync(join(tmpdir(), 'fazhi-')), 'card.txt');
    const written = await runCli(['check', 'nope.yaml', '--out', out, '--lang', 'en']);
    expect(written.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(
      'Could not be scored: nope.yaml\n  nope.yaml: file does not exist; check the path\n',
    );
  });

  it('md and html: the failed file is shown with its reason', async () => {
    const md = (await runCli(['check', XIAXIAN, 'nope.yaml', '--format', 'md'])).stdout;
    expect(md.endsWith(`\n---\n\n# 无法评查：\`nope.yaml\`\n\n- nope.yaml: ${NOT_FOUND}\n`)).toBe(true);
    const html = (await runCli(['check', XIAXIAN, 'nope.yaml', '--format', 'html'])).stdout;
    expect(html).toContain(
      `无法评查的文件（1）</h2><table><thead><tr><th>文件</th><th>原因</th></tr></thead><tbody><tr><td><code>nope.yaml</code></td><td>nope.yaml: ${NOT_FOUND}</td></tr>`,
    );
  });
});

describe('fazhi batch --format junit,sarif,md: the files that failed are in them too', () => {
  it('writes an error suite, a notification and an error card for a file that could not be read', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fazhi-batch-out-'));
    const bad = badReport();
    const { code } = await runCli([
      'batch',
      XIAXIAN,
      bad,
      '--out',
      out,
      '--format',
      'junit,sarif,md',
      '--quiet',
      '--jobs',
      '1',
    ]);
    expect(code).toBe(2);
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(junit).toContain(`  <testsuite name="${bad}" tests="1" failures="0" errors="1" skipped="0" file="${bad}">`);
    expect(junit).toContain(`<error message="${bad}:4:23: ${TYPE_MESSAGE}" type="report.fact-type">`);
    const sarif = JSON.parse(readFileSync(join(out, 'results.sarif'), 'utf8'));
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(
      sarif.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text),
    ).toEqual([`${bad}:4:23: ${TYPE_MESSAGE}`]);
    const md = readFileSync(join(out, 'reports.md'), 'utf8');
    expect(md.endsWith(`# 无法评查：\`${bad}\`\n\n- ${bad}:4:23: ${TYPE_MESSAGE}\n`)).toBe(true);
  });
});
