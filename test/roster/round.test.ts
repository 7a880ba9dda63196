import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchResult } from '../../src/model/batch.js';
import type { Assessment } from '../../src/model/assessment.js';
import { runCli } from '../helpers/cli.js';
import { tempDir, writeRound } from './fixtures.js';

/**
 * The office's round on a roster of 12 units in 3 roles (7 departments, 4 townships, the county
 * government) and a folder of their reports, scored with the hand-checkable pack of fixtures.ts
 * (70 points for a department or a township, 50 for the government, events recorded).
 *
 * What each unit sent, and what the round must make of it:
 *   市场监管局  r-market.yaml, signs the alias 县市场监管局 and calls itself a government: the roster's
 *               department applies — 10 + 0 (2 meetings < 4) + 10 + 10 + 10 + 10 = 50 of 70 = 71.4% 合格
 *               (as a government it would be 50 of 50, 100%)
 *   教育局      published 2025-04-15 per the roster, after 31 March: publication.deadline fails with the date quoted;
 *               10 + 20 + 0 + 10 + 10 + 10 = 60 of 70 = 85.7% 良好
 *   财政局      a deduction event in the 事件 sheet (no id: named by its row): 10 + 20 + 10 + 10 + 10 + 5 = 65 of 70 = 92.9% 优秀
 *   公安局      a veto event: vetoed, 不合格, the event's source in the finding
 *   卫健委      no name in the report; its file name holds the alias 县卫健委: 70 of 70
 *   交通运输局, 自然资源局   nothing: 未报送, graded 不合格, ranked last
 *   城关镇      70 of 70 (township duty applies: the roster's role)
 *   河口镇      two reports: the later-dated one counts (a revision), the other is listed, not ranked
 *   东街街道    a 2023 report where the roster expects 2024: kept, shown as a conflict
 *   西山乡      its file is broken: not scored (an error row), not 未报送
 *   人民政府    50 of 50 = 100%
 * and 水利局 sent a report though it is not on the roster: listed, not ranked.
 */
let dir: string;
let pack: string;
let roster: string;
let reports: string;

beforeAll(async () => {
  dir = tempDir();
  ({ pack, roster, reports } = await writeRound(dir));
});

const batchJson = async (lang: 'zh' | 'en' = 'zh', formats = 'json,csv,xlsx,html,md,junit,sarif') => {
  const out = join(dir, `out-${lang}-${formats.length}`);
  const run = await runCli([
    'batch',
    reports,
    '--rules',
    pack,
    '--roster',
    roster,
    '--out',
    out,
    '--format',
    formats,
    '--as-of',
    '2025-06-01',
    '--lang',
    lang,
  ]);
  return { run, out, batch: BatchResult.parse(JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8'))) };
};
const byFile = (batch: BatchResult, file: string): Assessment =>
  batch.assessments.find((a) => a.report.file.endsWith(file))!;
const finding = (a: Assessment, id: string) => a.findings.find((f) => f.ruleId === id)!;

describe('a round over a roster of 12 units', () => {
  let batch: BatchResult;
  let out: string;
  let stderr: string;
  let code: number;
  beforeAll(async () => {
    const r = await batchJson();
    ({ batch, out } = r);
    ({ stderr, code } = r.run);
  });

  it('exits 2 for the broken file, and still writes every output', () => {
    expect(code).toBe(2);
    expect(batch.errors.map((e) => e.file)).toEqual([join(reports, 'towns/西山乡.yaml')]);
  });

  it('scores a report with the roster’s role, not the one it claims: 50 of 70 as a department', () => {
    const a = byFile(batch, 'r-market.yaml');
    expect(a.report.role).toBe('department');
    expect([a.score, a.maxScore, a.percent, a.grade]).toEqual([50, 70, 71.4, '合格']);
    expect(finding(a, 'basics.department-duty').status).toBe('fail');
    const entry = batch.roster!.reports.find((r) => r.file.endsWith('r-market.yaml'))!;
    expect(entry).toMatchObject({
      status: 'matched',
      unit: '青禾县市场监督管理局',
      by: 'alias',
      matched: '县市场监管局',
      counted: true,
    });
    expect(entry.applied).toContainEqual({
      field: 'role',
      value: 'department',
      report: 'government',
      at: '名单.xlsx:名单!C3',
    });
    expect(entry.note).toContain('主体类型按名单为 政府工作部门（报告为 人民政府）');
  });

  it('fails the publication deadline on the roster’s late date, quoting the date and its cell', () => {
    const a = byFile(batch, 'edu.yaml');
    const f = finding(a, 'publication.deadline');
    expect(f.status).toBe('fail');
    expect(f.message).toBe('公开日期晚于期限（2025-03-31）');
    expect(f.evidence).toContainEqual({
      fact: 'report.publishedOn',
      quote: '2025-04-15',
      note: '取自名单 名单.xlsx:名单!F4',
    });
    expect(finding(a, 'publication.submission').status).toBe('pass'); // 2025/2/28 read as 2025-02-28
    expect([a.score, a.maxScore, a.percent, a.grade]).toEqual([60, 70, 85.7, '良好']);
  });

  it('vetoes the unit with an event in the 事件 sheet, naming its source', () => {
    const a = byFile(batch, 'police.yaml');
    expect(a.vetoed).toBe(true);
    expect(a.grade).toBe('不合格');
    const f = finding(a, 'accountability.veto');
    expect(f.events).toEqual([
      {
        id: '2024-督-01',
        date: '2024-09-01',
        source: '青禾县委依法治县委员会督察通报〔2024〕5号',
        description: '重大违法行政事件',
      },
    ]);
    expect(f.message).toBe('发生一票否决事项（来源：青禾县委依法治县委员会督察通报〔2024〕5号（2024-09-01））');
  });

  it('deducts for an event without an id, named by its row in the roster', () => {
    const a = byFile(batch, 'finance.yaml');
    expect(finding(a, 'accountability.deduction')).toMatchObject({
      status: 'fail',
      points: 5,
      events: [{ id: '名单.xlsx:事件!A3', source: '市依法治市办通报〔2024〕2号', date: '2024-06-15' }],
    });
    expect([a.score, a.maxScore, a.percent, a.grade]).toEqual([65, 70, 92.9, '优秀']);
    // a unit with no event passes the event rules: the roster records events
    expect(finding(byFile(batch, 'edu.yaml'), 'accountability.veto').status).toBe('pass');
  });

  it('matches a report with no name by the alias in its file name', () => {
    const entry = batch.roster!.reports.find((r) => r.file.includes('县卫健委'))!;
    expect(entry).toMatchObject({ unit: '青禾县卫生健康委员会', by: 'file-name', matched: '县卫健委', counted: true });
    expect(byFile(batch, '县卫健委2024年度法治政府建设报告.yaml').percent).toBe(100);
  });

  it('lists the two units without a report as 未报送, graded 不合格 and ranked after every counted report', () => {
    const missing = batch.roster!.units.filter((u) => u.status === 'not_submitted');
    expect(missing.map((u) => u.unit)).toEqual(['青禾县交通运输局', '青禾县自然资源局']);
    // 9 reports are counted (12 units − 2 未报送 − 西山乡, whose file is broken): 未报送 share rank 10
    expect(missing.map((u) => [u.grade, u.rank])).toEqual([
      ['不合格', 10],
      ['不合格', 10],
    ]);
    expect(batch.roster!.counts).toEqual({
      units: 12,
      submitted: 9,
      notSubmitted: 2,
      notScored: 1,
      unmatched: 1,
      ambiguous: 0,
      duplicates: 1,
    });
  });

  it('does not call a unit whose file is broken 未报送: it is not scored', () => {
    const u = batch.roster!.units.find((x) => x.unit === '青禾县西山乡人民政府')!;
    expect(u).toMatchObject({ status: 'not_scored', files: [join(reports, 'towns/西山乡.yaml')] });
    expect(u.grade).toBeUndefined();
    expect(u.rank).toBeUndefined();
  });

  it('lists the report that matches no unit, and does not rank it', () => {
    const entry = batch.roster!.reports.find((r) => r.file.endsWith('water.yaml'))!;
    expect(entry).toMatchObject({ status: 'unmatched', counted: false });
    expect(entry.note).toBe(
      '名单外：名单中没有与署名“青禾县水利局”或文件名对应的单位，未计入排名；请核对名单，或在别名中补充',
    );
    expect(stderr).toContain(`${join(reports, 'water.yaml')}: 名单外：`);
  });

  it('counts the later-dated of two reports for one unit, and says so', () => {
    const u = batch.roster!.units.find((x) => x.unit === '青禾县河口镇人民政府')!;
    expect(u.files).toEqual([join(reports, 'towns/hekou-final.yaml'), join(reports, 'towns/hekou-draft.yaml')]);
    expect(u.choice?.reason).toBe('later-date');
    expect(u.choice?.message).toBe(
      `该单位有 2 份报告，采用 ${join(reports, 'towns/hekou-final.yaml')}，因为其落款日期较晚（2025-02-20，另一份 2025-01-10），视为修订稿；未采用：${join(reports, 'towns/hekou-draft.yaml')}`,
    );
    const draft = batch.roster!.reports.find((r) => r.file.endsWith('hekou-draft.yaml'))!;
    expect(draft.counted).toBe(false);
    expect(stderr).toContain(`青禾县河口镇人民政府: 该单位有 2 份报告，采用`);
  });

  it('shows a report for another year than the roster’s, and keeps the report’s year', () => {
    const a = byFile(batch, 'dongjie.yaml');
    expect(a.report.year).toBe(2023);
    const entry = batch.roster!.reports.find((r) => r.file.endsWith('dongjie.yaml'))!;
    expect(entry.conflicts).toEqual([{ field: 'year', roster: 2024, report: 2023 }]);
    expect(entry.note).toContain('报告年度 2023 与名单年度 2024 不同（按报告年度评查，请核对）');
  });

  it('orders the assessments: the counted reports ranked, then those counted for no unit', () => {
    const counted = batch.roster!.reports.filter((r) => r.counted).length;
    expect(counted).toBe(9);
    expect(batch.roster!.reports.map((r) => r.file)).toEqual(batch.assessments.map((a) => a.report.file));
    expect(batch.assessments.slice(counted).map((a) => a.report.file.split('/').pop())).toEqual([
      'hekou-draft.yaml',
      'water.yaml',
    ]);
    // the vetoed unit is the last counted one
    expect(batch.assessments[counted - 1]!.report.file).toMatch(/police\.yaml$/);
  });

  it('puts 未报送 rows in summary.csv after the ranked reports, and every unit in roster.csv', () => {
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(csv[0]).toContain('排名,同类排名,单位,名单单位,角色');
    expect(csv[0]).toContain('名单核对,文件,原因');
    // 未报送 departments: last overall (10) and last among the departments (5 counted: 6)
    expect(csv[10]).toMatch(/^10,6,,青禾县交通运输局,部门,,,,,,不合格,/);
    expect(csv[11]).toMatch(/^10,6,,青禾县自然资源局,部门,/);
    expect(csv[12]).toMatch(/^,,,青禾县西山乡人民政府,乡镇（街道）,/);
    const rosterCsv = readFileSync(join(out, 'roster.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rosterCsv).toHaveLength(1 + 12 + 1);
    expect(rosterCsv[6]).toBe('青禾县交通运输局,部门,未报送,,,未报送：没有与该单位匹配的报告，按细则评为不合格');
    expect(rosterCsv[1]).toMatch(
      /^青禾县市场监督管理局,部门,已报送,[^,]*r-market\.yaml,https:\/\/www\.qinghe\.gov\.cn\/a\.html,/,
    );
  });

  it('ranks each role apart: departments with departments, towns with towns (同类排名)', () => {
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const ranks = new Map(
      csv.slice(1, 10).map((row) => {
        const [rank, roleRank, , unit] = row.split(',');
        return [unit, [Number(rank), Number(roleRank)]];
      }),
    );
    // departments by percent: 卫健委 100, 财政局 92.9, 教育局 85.7, 市场监管局 71.4, then 公安局 (vetoed) last
    expect(ranks.get('青禾县卫生健康委员会')?.[1]).toBe(1);
    expect(ranks.get('青禾县财政局')?.[1]).toBe(2);
    expect(ranks.get('青禾县教育局')?.[1]).toBe(3);
    expect(ranks.get('青禾县市场监督管理局')?.[1]).toBe(4);
    expect(ranks.get('青禾县公安局')?.[1]).toBe(5);
    // towns: 城关镇 and 河口镇 both 70 of 70, tied first; the county government is alone in its role
    expect(ranks.get('青禾县城关镇人民政府')?.[1]).toBe(1);
    expect(ranks.get('青禾县河口镇人民政府')?.[1]).toBe(1);
    expect(ranks.get('青禾县人民政府')?.[1]).toBe(1);
    // the overall rank is still one list: the government (100%) shares the first place with 卫健委 and the towns
    expect(ranks.get('青禾县人民政府')?.[0]).toBe(1);
  });

  it('shows 按时报送 and 按时公开 as the deadline rules found them, from the roster’s dates', () => {
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .map((row) => row.split(','));
    const [head] = csv as [string[]];
    const [submitted, published] = [head.indexOf('按时报送'), head.indexOf('按时公开')];
    const of = (unit: string) => {
      const row = csv.find((r) => r[3] === unit)!;
      return [row[submitted], row[published]];
    };
    // 教育局: 报送 2025-02-28 (deadline 1 March), 公开 2025-04-15 (deadline 31 March)
    expect(of('青禾县教育局')).toEqual(['按时', '逾期']);
    expect(of('青禾县市场监督管理局')).toEqual(['按时', '按时']);
    // 东街街道's report is for 2023: its deadlines fell in 2024, and the roster's 2025 dates miss both
    expect(of('青禾县东街街道办事处')).toEqual(['逾期', '逾期']);
    // a unit that sent nothing has no report to judge
    expect(of('青禾县交通运输局')).toEqual(['', '']);
    expect(byFile(batch, 'edu.yaml').deadlines).toEqual({ submitted: 'on_time', published: 'late' });
  });

  it('shows 未报送 and the roster check in summary.xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'summary.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单', '名单核对', '错误']);
    const summary = wb.getWorksheet('汇总')!;
    const header = (summary.getRow(1).values as unknown[]).slice(1);
    const cell = (row: number, name: string) => summary.getRow(row).getCell(header.indexOf(name) + 1).value;
    expect([cell(11, '排名'), cell(11, '名单单位'), cell(11, '等级'), cell(11, '名单核对')]).toEqual([
      10,
      '青禾县交通运输局',
      '不合格',
      '未报送：没有与该单位匹配的报告，按细则评为不合格',
    ]);
    const check = wb.getWorksheet('名单核对')!;
    expect(check.rowCount).toBe(1 + 12 + 1);
    expect([check.getRow(14).getCell(3).value, check.getRow(14).getCell(4).value]).toEqual([
      '名单外',
      join(reports, 'water.yaml'),
    ]);
    expect([check.getRow(10).getCell(1).value, check.getRow(10).getCell(3).value]).toEqual([
      '青禾县河口镇人民政府',
      '已报送（多份）',
    ]);
  });

  it('lists 未报送 units in the page, the Markdown, JUnit and SARIF', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain(
      '名单 12 个单位：已报送 9，未报送 2，未评查 1；名单外报告 1 份，匹配不明 0 份，有多份报告的单位 1 个',
    );
    expect(html).toContain('<td>青禾县交通运输局</td>');
    for (const file of ['reports.md', 'junit.xml', 'results.sarif']) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(text, file).toContain('青禾县交通运输局: 未报送：没有与该单位匹配的报告，按细则评为不合格');
      expect(text, file).toContain('青禾县自然资源局');
    }
  });

  it('writes the same batch.json twice, and with a worker thread beside this one', async () => {
    const again = await batchJson('zh', 'json');
    expect(JSON.stringify(again.batch)).toBe(JSON.stringify(batch));
    // the same bytes, whichever thread scored which file
    const out = join(dir, 'out-jobs');
    const threaded = await runCli([
      'batch',
      reports,
      '--rules',
      pack,
      '--roster',
      roster,
      '--out',
      out,
      '--format',
      'json',
      '--as-of',
      '2025-06-01',
      '--jobs',
      '2',
    ]);
    expect(threaded.stderr).toContain('2 个并行任务');
    expect(readFileSync(join(out, 'batch.json'), 'utf8')).toBe(readFileSync(join(again.out, 'batch.json'), 'utf8'));
  });

  it('speaks English with --lang en', async () => {
    const en = await batchJson('en', 'json,csv');
    const u = en.batch.roster!.units.find((x) => x.status === 'not_submitted')!;
    expect(u.grade).toBe('fail');
    expect(u.note).toBe('not submitted: no report matches this unit; graded fail as the checklist says');
    expect(en.run.stderr).toContain(
      'Roster: 12 units — 9 submitted, 2 not submitted, 1 not scored; 1 reports not in the roster, 0 ambiguous, 1 units with several reports',
    );
  });
});
