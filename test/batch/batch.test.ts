import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverInputs } from '../../src/batch/discover.js';
import { compareWithPrevious } from '../../src/batch/compare.js';
import { rankNumbers } from '../../src/score/rank.js';
import { runBatch } from '../../src/batch/run-batch.js';
import type { BatchResult } from '../../src/model/batch.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { runCli } from '../helpers/cli.js';
import { summaryCsvLines } from '../../src/render/csv.js';
import { batchView } from '../../src/render/batch-view.js';
import { EXPECTED_RANKING, reportsDir } from './fixtures.js';
import { sampleScore } from '../samples/expected-scores.js';

const Ajv2020 = ajv2020.default as unknown as typeof ajv2020.Ajv2020;
const pack = loadPack('national');

describe('discoverInputs', () => {
  it('walks folders recursively, takes report and document types, skips hidden and other files, sorted', () => {
    const dir = reportsDir();
    const { files, skipped } = discoverInputs([dir]);
    const rel = files.map((f) => f.slice(dir.length + 1));
    expect(rel).toEqual([
      'broken.yaml',
      'corrupt.docx',
      'real/000-honggutan.yaml',
      'real/001-chongchuan.yaml',
      'real/002-xingning.yaml',
      'real/003-xiaxian.yaml',
      'real/004-qiaokou.yaml',
      'scan.pdf',
      'synthetic/excellent.yaml',
      'synthetic/inconsistent.yaml',
      'synthetic/veto.yaml',
    ]);
    // every entry not taken is accounted for, with its reason, in walk (name) order
    expect(skipped.map((s) => [s.path.slice(dir.length + 1), s.reason])).toEqual([
      ['.hidden.yaml', 'hidden'],
      ['notes.xyz', 'other-type'],
    ]);
  });
  it('applies --include and --exclude globs below each folder', () => {
    const dir = reportsDir();
    const only = discoverInputs([dir], { include: ['real/**/*.yaml'], exclude: ['**/*qiaokou*'] }).files.map((f) =>
      f.slice(dir.length + 1),
    );
    expect(only).toEqual([
      'real/000-honggutan.yaml',
      'real/001-chongchuan.yaml',
      'real/002-xingning.yaml',
      'real/003-xiaxian.yaml',
    ]);
  });
});

describe('runBatch', () => {
  let files: string[];
  let serial: BatchResult;
  let parallel: BatchResult;
  beforeAll(async () => {
    files = discoverInputs([reportsDir()]).files;
    const base = { pack, lang: 'zh' as const, asOf: '2025-06-01' };
    serial = await runBatch(files, { ...base, jobs: 1 });
    parallel = await runBatch(files, { ...base, jobs: 2, minFilesPerWorker: 0 });
  });

  it('ranks returned reports after the rest, then by percent, authority and file, and gives the same result in one thread or in workers', () => {
    expect(serial.assessments.map((a) => [a.report.authority, a.percent])).toEqual(EXPECTED_RANKING);
    const strip = (b: BatchResult) => JSON.stringify(b).replaceAll(/"file":"[^"]*fazhi-batch-[^/]*\//g, '"file":"');
    expect(strip(parallel)).toBe(strip(serial));
    expect(serial.total).toBe(11);
    expect(serial.interrupted).toBe(false);
  });

  it('turns each unreadable file into an error row with its reason and goes on', () => {
    expect(serial.errors.map((e) => e.file.split('/').pop())).toEqual(['broken.yaml', 'corrupt.docx', 'scan.pdf']);
    // corrupt.docx: "unsupported" before document extraction, "unreadable" after; a row with a reason either way
    expect(serial.errors.map((e) => e.problems[0]!.code)).toEqual([
      'yaml.syntax',
      expect.stringMatching(/^file\./),
      'file.corrupt-pdf',
    ]);
    expect(serial.errors[1]!.message).toMatch(/corrupt\.docx.*: \S/);
    expect(serial.errors[2]!.message).toMatch(/scan\.pdf: 无法读取 PDF 文件（no %PDF- header）/);
    expect(serial.errors[0]!.message).toMatch(/broken\.yaml:\d+:\d+: YAML 语法错误.*（另有 1 个问题）/);
  });

  it('validates against schemas/batch.schema.json and its assessments against assessment.schema.json', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema(JSON.parse(readFileSync('schemas/assessment.schema.json', 'utf8')));
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/batch.schema.json', 'utf8')));
    expect(validate(JSON.parse(JSON.stringify(serial))), JSON.stringify(validate.errors)).toBe(true);
    const one = ajv.getSchema('https://fazhi.invalid/schemas/assessment.schema.json')!;
    for (const a of serial.assessments) expect(one(a), JSON.stringify(one.errors)).toBe(true);
  });

  it('stops when aborted and keeps what finished', async () => {
    const abort = new AbortController();
    let n = 0;
    const partial = await runBatch(files, {
      pack,
      lang: 'zh',
      asOf: '2025-06-01',
      jobs: 1,
      signal: abort.signal,
      onResult: () => ++n === 4 && abort.abort(),
    });
    expect(partial.interrupted).toBe(true);
    // 4 finished; the other files are listed as not scored, and as rows that say so, so no output looks complete
    const finished =
      partial.assessments.length + partial.errors.filter((e) => e.problems[0]!.code !== 'batch.interrupted').length;
    expect(finished).toBe(4);
    expect(partial.notScored).toHaveLength(files.length - 4);
    const rows = partial.errors.filter((e) => e.problems[0]!.code === 'batch.interrupted');
    expect(rows.map((e) => e.file)).toEqual(partial.notScored);
    expect(rows[0]!.message).toBe(`${partial.notScored![0]}: 评查被中断，此文件未评查；请重新运行批量评查`);
    const csv = [...summaryCsvLines(batchView(partial), 'zh')].join('');
    expect(csv.split('\n').filter((l) => l.includes('评查被中断，此文件未评查'))).toHaveLength(files.length - 4);
  });

  it('compares with last year by authority: score change, newly failing and fixed rules', () => {
    const last = structuredClone(serial);
    const xia = last.assessments.find((a) => a.report.authority === '夏县司法局')!;
    xia.percent = 70;
    // last year this rule failed and another passed; this year the reverse
    const nowFailing = serial.assessments
      .find((a) => a.report.authority === '夏县司法局')!
      .findings.find((f) => f.status === 'fail')!;
    const nowPassing = xia.findings.find((f) => f.status === 'pass')!;
    xia.findings = xia.findings.map((f) =>
      f.ruleId === nowFailing.ruleId
        ? { ...f, status: 'pass' as const }
        : f.ruleId === nowPassing.ruleId
          ? { ...f, status: 'fail' as const }
          : f,
    );
    last.assessments = last.assessments.filter((a) => a.report.authority !== '硚口区司法局');
    const cmp = compareWithPrevious(serial.assessments, last);
    const row = cmp.find((c) => c.authority === '夏县司法局')!;
    const { percent } = sampleScore('samples/real/003-xiaxian.yaml');
    // change = this year's percent − last year's 70, to one decimal
    expect(row).toMatchObject({
      previousPercent: 70,
      percent,
      change: Math.round((percent - 70) * 10) / 10,
      fixed: [nowPassing.ruleId],
    });
    expect(row.newlyFailing).toContain(nowFailing.ruleId);
    const fresh = cmp.find((c) => c.authority === '硚口区司法局')!;
    expect(fresh.previousPercent).toBeUndefined();
    expect(fresh.newlyFailing).toEqual([]);
  });
});

describe('rankNumbers', () => {
  it('gives equal percentages the same rank', () => {
    const a = (percent: number) => ({ percent }) as never;
    expect(rankNumbers([a(90), a(80), a(80), a(70)])).toEqual([1, 2, 2, 4]);
  });
});

describe('fazhi batch (CLI)', () => {
  it('writes every format, lists the files, and exits 2 when some files failed', async () => {
    const dir = reportsDir();
    const out = join(mkdtempSync(join(tmpdir(), 'fazhi-out-')), 'out');
    const run = await runCli([
      'batch',
      dir,
      '--out',
      out,
      '--format',
      'xlsx,csv,html,json,junit,sarif,review',
      '--jobs',
      '2',
    ]);
    expect(run.code).toBe(2);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => l.slice(out.length + 1)),
    ).toEqual([
      'summary.xlsx',
      'summary.csv',
      'findings.csv',
      'report.html',
      'batch.json',
      'junit.xml',
      'results.sarif',
      '复核表.xlsx', // review: the assessors' sheet
    ]);
    expect(run.stderr).toMatch(/共 11 个文件，2 个并行任务（跳过 1 个隐藏、1 个非报告类型）/);
    expect(run.stderr).toMatch(/评查进度 11\/11（100%）/);
    expect(run.stderr).toMatch(/完成：评查 8 份，失败 3 份/);
    expect(run.stderr).toMatch(/scan\.pdf: 无法读取 PDF 文件/);
    const batch = JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')) as BatchResult;
    expect(batch.assessments.map((a) => a.report.authority)).toEqual(EXPECTED_RANKING.map(([name]) => name));
  });

  it.each([
    [['--jobs', '1'], 0],
    [['--fail-under', '60'], 1],
    [['--fail-on', 'error'], 1],
    [['--fail-under', '20'], 0],
  ])('exit code with %j over the clean samples is %i', async (extra, code) => {
    const run = await runCli([
      'batch',
      'samples/real',
      'samples/synthetic',
      '--include',
      '*.yaml',
      '--quiet',
      '--jobs',
      '1',
      ...extra,
    ]);
    expect(run.code).toBe(code);
    expect(run.stderr).toBe('');
    // the hand-worked table's percent for the top sample, written as the table line writes it (93.9%)
    const top = sampleScore('samples/synthetic/excellent.yaml');
    expect(run.stdout.split('\n')[0]).toMatch(
      new RegExp(`^ {3}1 +${top.percent.toFixed(1).replace('.', '\\.')}% {2}${top.grade} {4}${top.authority}`),
    );
    // nine reports (the five real, excellent, inconsistent, parts, veto): 硚口 (a 工作总结) ranks last and says why
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^ {3}9 +34\.8% {2}不合格 {2}硚口区司法局 +samples\/real\/004-qiaokou\.yaml 退回重报$/,
    );
  });

  it("--compare reads last year's batch.json; a file that is not one is exit 2 with one line", async () => {
    const out = mkdtempSync(join(tmpdir(), 'fazhi-cmp-'));
    await runCli(['batch', 'samples/real', '--out', out, '--format', 'json', '--quiet', '--jobs', '1']);
    const again = await runCli([
      'batch',
      'samples/real',
      '--out',
      join(out, 'y2'),
      '--format',
      'json,csv',
      '--compare',
      join(out, 'batch.json'),
      '--quiet',
      '--jobs',
      '1',
    ]);
    expect(again.code).toBe(0);
    const batch = JSON.parse(readFileSync(join(out, 'y2', 'batch.json'), 'utf8')) as BatchResult;
    expect(batch.comparisons!.map((c) => [c.authority, c.change])).toEqual([
      ['红谷滩区司法局', 0],
      ['兴宁市司法局', 0],
      ['夏县司法局', 0],
      ['崇川区司法局', 0],
      ['硚口区司法局', 0],
    ]);
    writeFileSync(join(out, 'bad.json'), '{"assessments": 3}');
    const bad = await runCli(['batch', 'samples/real', '--compare', join(out, 'bad.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json: 不是 fazhi batch 生成的 JSON 结果/);
  });

  it('a folder with no reports is exit 2 with one clear line', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'fazhi-empty-'));
    const run = await runCli(['batch', empty, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no reports found to assess/);
  });
});
