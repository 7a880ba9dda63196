import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import AjvDraft04 from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run-batch.js';
import type { BatchResult } from '../../src/model/batch.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { renderHtmlPage } from '../../src/render/html.js';
import { renderJunit } from '../../src/render/junit.js';
import { renderSarif } from '../../src/render/sarif.js';
import { batchFiles } from '../helpers/outputs.js';
import { runCli } from '../helpers/cli.js';
import { withAuthority } from '../batch/fixtures.js';
import { CATEGORY_IDS, sampleScore, type SampleScore } from '../samples/expected-scores.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const SAMPLES = [
  'samples/real/003-xiaxian.yaml',
  'samples/synthetic/veto.yaml',
  'samples/real/004-qiaokou.yaml',
  'samples/synthetic/excellent.yaml',
];
const EVIL = '<script>window.__pwned=1</script>局';
let batch: BatchResult;
let evilFile: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-render-'));
  evilFile = withAuthority(dir, 'evil.yaml', EVIL);
  batch = await runBatch([...SAMPLES, evilFile, 'samples/nope.yaml'], {
    pack: loadPack('national'),
    jobs: 1,
    lang: 'zh',
    asOf: '2025-06-01',
  });
});

describe('csv', () => {
  it('writes summary.csv and findings.csv with a BOM, the exact header, ranked rows and the error row', async () => {
    const [summary, findings] = await batchFiles('csv', batch, { lang: 'zh', color: false });
    const text = String(summary!.data);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '排名,单位,角色,地区,年度,得分,满分,得分率,等级,一票否决,退回重报,不符合项数,不适用项数,报告结构,第一责任人职责,行政决策与规范性文件,行政执法,行政复议,行政应诉,普法宣传,公共法律服务,数据一致性,报告公开,文件,原因',
    );
    // scores, grades and category subtotals (in pack order) as the table in test/samples/expected-scores.ts gives them
    const start = (rank: number, file: string, region: string, year: number) => {
      const s = sampleScore(file);
      return `${rank},${s.authority},司法局,${region},${year},${s.score},${s.maxScore},${s.percent},${s.grade},否,${s.returned ? '是' : '否'},`;
    };
    const excellent = sampleScore('samples/synthetic/excellent.yaml');
    const subtotals = CATEGORY_IDS.map((id) => excellent.categories[id][0]).join(',');
    expect(lines[1]).toMatch(
      new RegExp(
        `^${escapeRegExp(start(1, excellent.file, '青禾县', 2024))}\\d+,\\d+,${subtotals},samples/synthetic/excellent\\.yaml,$`,
      ),
    );
    expect(lines[2]!.startsWith(start(2, 'samples/synthetic/veto.yaml', '石桥区', 2024))).toBe(true);
    expect(lines[3]!.startsWith(start(3, 'samples/real/003-xiaxian.yaml', '夏县', 2024))).toBe(true);
    // returned (退回重报: a 工作总结): ranked after every report that was not, whatever its percentage
    expect(lines[5]!.startsWith(start(5, 'samples/real/004-qiaokou.yaml', '硚口区', 2023))).toBe(true);
    expect(lines.at(-2)).toMatch(/^,{23}samples\/nope\.yaml,samples\/nope\.yaml: 文件不存在；请检查路径$/);
    const f = String(findings!.data).slice(1).split('\r\n');
    expect(f[0]).toBe('单位,规则编号,规则,类别,状态,重要程度,得分,分值,问题,原文,行,整改建议,事件来源,文件');
  });
});

describe('xlsx', () => {
  it('reads back with the expected sheets, cells, formats, frozen header and grade colours', async () => {
    const [file] = await batchFiles('xlsx', batch, { lang: 'zh', color: false });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file!.data as Buffer as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单', '错误']);
    const s = wb.getWorksheet('汇总')!;
    expect(s.getRow(1).values).toEqual(
      expect.arrayContaining([
        '排名',
        '单位',
        '角色',
        '得分率',
        '等级',
        '一票否决',
        '退回重报',
        '不符合项数',
        '不适用项数',
        '报告结构',
      ]),
    );
    // the table's numbers (test/samples/expected-scores.ts); 得分率 as a fraction shown as 0.0%
    const [excellent, xiaxian, qiaokou] = [
      'samples/synthetic/excellent.yaml',
      'samples/real/003-xiaxian.yaml',
      'samples/real/004-qiaokou.yaml',
    ].map(sampleScore) as [SampleScore, SampleScore, SampleScore];
    expect([
      s.getCell('A2').value,
      s.getCell('B2').value,
      s.getCell('F2').value,
      s.getCell('H2').value,
      s.getCell('I2').value,
    ]).toEqual([1, excellent.authority, excellent.score, excellent.percent / 100, excellent.grade]);
    expect([s.getCell('B4').value, s.getCell('H4').value, s.getCell('I4').value, s.getCell('J4').value]).toEqual([
      xiaxian.authority,
      xiaxian.percent / 100,
      xiaxian.grade,
      '否',
    ]);
    expect([
      s.getCell('A6').value,
      s.getCell('B6').value,
      s.getCell('H6').value,
      s.getCell('I6').value,
      s.getCell('K6').value,
    ]).toEqual([5, qiaokou.authority, qiaokou.percent / 100, qiaokou.grade, '是']);
    expect(s.getCell('H3').numFmt).toBe('0.0%');
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((s.getCell('I2').fill as { fgColor: { argb: string } }).fgColor.argb).toBe('FFC6EFCE');
    expect((s.getCell('I6').fill as { fgColor: { argb: string } }).fgColor.argb).toBe('FFFFC7CE');
    // 单位: the widest cell is a 6-character Chinese name → 12 columns + padding
    expect(s.getColumn(2).width).toBeGreaterThanOrEqual(14);
    const findings = wb.getWorksheet('问题清单')!;
    const nonPass = batch.assessments.reduce((n, a) => n + a.findings.filter((f) => f.status !== 'pass').length, 0);
    expect(findings.rowCount).toBe(nonPass + 1);
    const errors = wb.getWorksheet('错误')!;
    expect(errors.getRow(2).values).toEqual([
      undefined,
      'samples/nope.yaml',
      'samples/nope.yaml: 文件不存在；请检查路径',
    ]);
  });
});

describe('html', () => {
  it('is self-contained and escapes everything from reports', () => {
    const html = renderHtmlPage(batch, 'zh');
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;局');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).toContain('<svg');
    expect(html).toContain('无法评查的文件（1）');
  });
});

describe('junit', () => {
  it('has one testsuite per report and one testcase per rule with the right counts', () => {
    const xiaxian = batch.assessments.find((a) => a.report.authority === '夏县司法局')!;
    const xml = renderJunit([xiaxian], { lang: 'zh', color: false });
    const counted = xiaxian.findings.filter(
      (f) => f.status === 'fail' || (f.status === 'missing' && f.maxPoints > 0),
    ).length;
    const skipped = xiaxian.findings.filter(
      (f) => (f.status === 'missing' && f.maxPoints === 0) || f.status === 'waived' || f.status === 'not_applicable',
    ).length;
    expect(xml).toContain(`<testsuites name="fazhi" tests="44" failures="${counted}" errors="0" skipped="${skipped}">`);
    expect(xml.match(/<testcase /g)).toHaveLength(44);
    expect(skipped).toBeGreaterThanOrEqual(2); // 夏县: the two rules for departments and towns do not apply to a 司法局
    expect(xml.match(/<failure /g)).toHaveLength(counted);
    expect(counted).toBeGreaterThan(0);
    expect(renderJunit(batch.assessments, { lang: 'zh', color: false }).match(/<testsuite /g)).toHaveLength(5);
    expect(renderJunit(batch.assessments, { lang: 'zh', color: false })).toContain('&lt;script&gt;');
  });
});

describe('sarif', () => {
  const require = createRequire(import.meta.url);
  const schemaFile = join(
    dirname(require.resolve('@microsoft/jest-sarif/package.json')),
    'lib/schemas/sarif-2.1.0-rtm.5.json',
  );

  it('validates against the official SARIF 2.1.0 schema, one result per non-passing finding with the evidence line', () => {
    const log = JSON.parse(renderSarif(batch.assessments, { lang: 'zh', color: false }));
    const Ajv = AjvDraft04 as unknown as typeof AjvDraft04.default;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(
      validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: 'fatal' }] }] }),
    ).toBe(false);
    const run = log.runs[0];
    expect(run.tool.driver.rules).toHaveLength(44);
    const nonPass = batch.assessments.reduce((n, a) => n + a.findings.filter((f) => f.status !== 'pass').length, 0);
    expect(run.results).toHaveLength(nonPass);
    const evil = run.results.find(
      (r: { locations: { physicalLocation: { region?: { startLine: number } } }[] }) =>
        r.locations[0]!.physicalLocation.region?.startLine === 7,
    );
    expect(evil.ruleId).toBe('litigation.head-appearance-rate');
    expect(evil.level).toBe('error');
  });

  it('check --format html paints a lone 不合格 as the lowest band, not the best one', async () => {
    // 夏县 is 不合格 (test/samples/expected-scores.ts): with only its grade on the page, the colour must come from the pack's bands
    const zh = (await runCli(['check', 'samples/real/003-xiaxian.yaml', '--format', 'html'])).stdout;
    expect(zh).toContain('<b class="gw">不合格</b>');
    expect(zh).not.toMatch(/class="g[^w"]*">不合格/);
    const en = (await runCli(['check', 'samples/real/003-xiaxian.yaml', '--format', 'html', '--lang', 'en'])).stdout;
    expect(en).toContain('<b class="gw">fail</b>');
  });

  it('fazhi check --format sarif|junit|html works end to end', async () => {
    for (const format of ['sarif', 'junit', 'html']) {
      const run = await runCli(['check', 'samples/real/003-xiaxian.yaml', '--format', format]);
      expect(run.code).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(500);
    }
  });
});

describe('terminal text', () => {
  it('never passes an escape sequence from a report to the terminal', async () => {
    const { renderText } = await import('../../src/render/text.js');
    const a = structuredClone(batch.assessments[0]!);
    a.report.authority = '\u001b[2J\u001b]0;pwned\u0007某县司法局';
    const out = renderText([a], { lang: 'zh', color: false });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out.split('\n')[0]).toMatch(/^\[2J\]0;pwned某县司法局/);
  });
});

describe('markdown card', () => {
  it("prints a report's HTML and links as text, never as markup", async () => {
    const { renderMarkdown } = await import('../../src/render/markdown.js');
    const a = structuredClone(batch.assessments[0]!);
    a.report.authority = '<script>alert(1)</script>[点此](javascript:alert(2))某县司法局';
    const md = renderMarkdown([a], { lang: 'zh', color: false });
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/); // an escaped \] starts no link
    expect(md.split('\n')[0]).toBe(
      '# &lt;script&gt;alert(1)&lt;/script&gt;\\[点此\\](javascript:alert(2))某县司法局（司法局） 2024年度 法治政府建设年度报告评查结果',
    );
  });
});
