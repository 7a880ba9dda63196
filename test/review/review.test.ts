import { appendFileSync, copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchResult } from '../../src/model/batch.js';
import type { Assessment } from '../../src/model/assessment.js';
import { runCli } from '../helpers/cli.js';
import { tempDir, writeRound } from '../roster/fixtures.js';

/**
 * The assessors' review on the 12-unit round of test/roster (fixtures.ts: what each unit sent).
 * The machine's results, worked by hand from the pack's points (department: 10 meetings + 20 duty
 * + 10 publication + 10 submission + 10 veto + 10 deduction = 70):
 *   市场监管局 r-market.yaml  2 meetings < 4: department-duty 0 of 20 → 50 / 70 = 71.4% 合格
 *   教育局     edu.yaml       published late: publication.deadline 0 of 10 → 60 / 70 = 85.7% 良好
 *   财政局     finance.yaml   one deduction event: 5 of 10 → 65 / 70 = 92.9% 优秀
 *   公安局     police.yaml    a veto event: accountability.veto 0 of 10 → 60 / 70, vetoed, 不合格
 * The decisions the test writes into the 复核表 the batch wrote:
 *   改判 r-market basics.department-duty to 15 → 65 / 70 = 92.9% 优秀 (fail: 15 is short of 20)
 *   不适用 edu publication.deadline → out of the maximum: 60 / 60 = 100% 优秀
 *   维持 police accountability.veto → unchanged: 60 / 70, vetoed, 不合格
 *   改判 finance accountability.deduction to 10, but finance.yaml is edited after the sheet was
 *        written: stale (report-changed), not applied → still 65 / 70
 */
let dir: string;
let pack: string;
let roster: string;
let reports: string;
let machine: BatchResult;
let sheet: string;

const batch = async (out: string, extra: string[] = []) => {
  const run = await runCli([
    'batch',
    reports,
    '--rules',
    pack,
    '--roster',
    roster,
    '--out',
    join(dir, out),
    '--format',
    'json,csv,xlsx,html,md,junit,sarif,feedback,review',
    '--as-of',
    '2025-06-01',
    '--jobs',
    '1',
    ...extra,
  ]);
  const json = (() => {
    try {
      return BatchResult.parse(JSON.parse(readFileSync(join(dir, out, 'batch.json'), 'utf8')));
    } catch {
      return undefined;
    }
  })();
  return { run, batch: json };
};
const byFile = (b: BatchResult, file: string): Assessment => b.assessments.find((a) => a.report.file.endsWith(file))!;

/** Fills in the decision columns (K–N with a roster) of the row whose file and rule are given. */
async function decide(
  path: string,
  decisions: { file: string; rule: string; cells: (string | number | undefined)[] }[],
): Promise<Record<string, number>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('复核')!;
  expect(ws.getRow(1).values).toEqual([
    undefined,
    '单位',
    '文件',
    '报告指纹',
    '规则编号',
    '规则',
    '机器结论',
    '机器得分',
    '满分',
    '原文',
    '说明',
    '复核结论',
    '复核得分',
    '复核理由',
    '复核人',
  ]);
  const rows: Record<string, number> = {};
  ws.eachRow((row, n) => {
    for (const d of decisions) {
      if (String(row.getCell(2).value).endsWith(d.file) && row.getCell(4).value === d.rule) {
        rows[`${d.file} ${d.rule}`] = n;
        d.cells.forEach((v, i) => {
          row.getCell(11 + i).value = v ?? null;
        });
      }
    }
  });
  await wb.xlsx.writeFile(path);
  return rows;
}

beforeAll(async () => {
  dir = tempDir('fazhi-review-');
  ({ pack, roster, reports } = await writeRound(dir));
  const first = await batch('machine');
  machine = first.batch!;
  sheet = join(dir, '复核表.xlsx');
  copyFileSync(join(dir, 'machine', '复核表.xlsx'), sheet);
  await decide(sheet, [
    {
      file: 'r-market.yaml',
      rule: 'basics.department-duty',
      cells: ['改判', 15, '会议纪要载明召开3次专题会议', '李四'],
    },
    { file: 'edu.yaml', rule: 'publication.deadline', cells: ['不适用', undefined, '经核实已于3月28日公开', '王五'] },
    { file: 'police.yaml', rule: 'accountability.veto', cells: ['维持', undefined, '督察通报属实', '赵六'] },
    { file: 'finance.yaml', rule: 'accountability.deduction', cells: ['改判', 10, '通报已撤销', '李四'] },
  ]);
  // the report changes after the sheet was written: the decision on it no longer describes it
  appendFileSync(join(reports, 'finance.yaml'), '# 修订稿\n');
}, 60_000);

describe('the machine run', () => {
  it('scores the four units as worked out by hand, and stamps each report with its sha256', () => {
    expect([50, 70, 71.4, '合格']).toEqual(
      ['score', 'maxScore', 'percent', 'grade'].map((k) => byFile(machine, 'r-market.yaml')[k as 'score']),
    );
    expect(byFile(machine, 'edu.yaml').percent).toBe(85.7);
    expect(byFile(machine, 'police.yaml').vetoed).toBe(true);
    expect(byFile(machine, 'gov.yaml').report.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a 复核表 with 3 decisions and a stale one', () => {
  let reviewed: BatchResult;
  let stderr: string;
  let out: string;
  beforeAll(async () => {
    const r = await batch('reviewed', ['--review', sheet]);
    reviewed = r.batch!;
    stderr = r.run.stderr;
    out = join(dir, 'reviewed');
  }, 60_000);

  it('改判 sets the points and re-scores the unit, keeping the machine result beside it', () => {
    const a = byFile(reviewed, 'r-market.yaml');
    expect([a.score, a.maxScore, a.percent, a.grade]).toEqual([65, 70, 92.9, '优秀']);
    expect(a.machine).toEqual({
      score: 50,
      maxScore: 70,
      percent: 71.4,
      grade: '合格',
      vetoed: false,
      returned: false,
    });
    const f = a.findings.find((x) => x.ruleId === 'basics.department-duty')!;
    expect([f.status, f.points, f.maxPoints]).toEqual(['fail', 15, 20]);
    expect(f.review).toMatchObject({
      decision: 'change',
      machineStatus: 'fail',
      machinePoints: 0,
      reason: '会议纪要载明召开3次专题会议',
      reviewer: '李四',
    });
    expect(a.categories.find((c) => c.id === 'basics')).toMatchObject({ score: 25, maxScore: 30 });
  });

  it('不适用 takes the rule out of the maximum', () => {
    const a = byFile(reviewed, 'edu.yaml');
    expect([a.score, a.maxScore, a.percent, a.grade]).toEqual([60, 60, 100, '优秀']);
    expect(a.machine).toMatchObject({ score: 60, maxScore: 70, percent: 85.7, grade: '良好' });
    expect(a.counts.not_applicable).toBe(2); // township duty (role) and the deadline (review)
  });

  it('维持 records the decision and changes nothing: the veto stands, no machine totals', () => {
    const a = byFile(reviewed, 'police.yaml');
    expect([a.score, a.maxScore, a.vetoed, a.grade]).toEqual([60, 70, true, '不合格']);
    expect(a.machine).toBeUndefined();
    expect(a.findings.find((x) => x.ruleId === 'accountability.veto')!.review).toMatchObject({
      decision: 'keep',
      reviewer: '赵六',
    });
  });

  it('re-scores exactly those units: every other assessment is the machine’s', () => {
    expect(reviewed.assessments.filter((a) => a.machine).map((a) => a.report.file.split('/').pop())).toEqual(
      expect.arrayContaining(['r-market.yaml', 'edu.yaml']),
    );
    expect(reviewed.assessments.filter((a) => a.machine)).toHaveLength(2);
    for (const a of reviewed.assessments) {
      if (/r-market|edu|finance/.test(a.report.file)) continue;
      const m = byFile(machine, a.report.file);
      expect([a.score, a.maxScore, a.grade, a.vetoed], a.report.file).toEqual([m.score, m.maxScore, m.grade, m.vetoed]);
    }
  });

  it('lists the decision on the edited report as stale and does not apply it', () => {
    expect(reviewed.review).toMatchObject({ file: sheet, applied: 3, changed: 2 });
    expect(reviewed.review!.stale).toEqual([
      {
        cell: '复核表.xlsx:复核!A5',
        file: join(reports, 'finance.yaml'),
        ruleId: 'accountability.deduction',
        reason: 'report-changed',
      },
    ]);
    expect(byFile(reviewed, 'finance.yaml').score).toBe(65);
    expect(stderr).toContain(`复核表 ${sheet}：已应用 3 条复核结论（其中改判或不适用 2 条）`);
    expect(stderr).toContain('1 行复核结论未应用（已过期）：');
    expect(stderr).toContain(
      `复核表.xlsx:复核!A5  ${join(reports, 'finance.yaml')}  accountability.deduction  复核表写出后报告已修改（报告指纹不同）`,
    );
  });

  it('marks the decisions in the units’ feedback documents: 改判 with both results, who and why', async () => {
    const folder = join(out, '反馈意见');
    const texts = await Promise.all(
      readdirSync(folder).map(async (f) => (await mammoth.extractRawText({ path: join(folder, f) })).value),
    );
    const withDecision = texts.filter((t) => t.includes('李四'));
    expect(withDecision).toHaveLength(1); // only the market unit's 改判 names 李四
    const [market] = withDecision as [string];
    expect(market).toContain('会议纪要载明召开3次专题会议');
    expect(market).toContain('机器初评：不符合，0 / 20 分');
    expect(market).toContain('复核后：不符合，15 / 20 分');
  });

  it('ranks by the final scores: 教育局 (100%) now ahead of 财政局 (92.9%), behind it before', () => {
    const order = (b: BatchResult) => b.assessments.map((a) => a.report.file.split('/').pop());
    expect(order(machine).indexOf('edu.yaml')).toBeGreaterThan(order(machine).indexOf('finance.yaml'));
    expect(order(reviewed).indexOf('edu.yaml')).toBeLessThan(order(reviewed).indexOf('finance.yaml'));
  });

  it('shows both scores and who changed what in the human outputs', () => {
    const md = readFileSync(join(out, 'reports.md'), 'utf8');
    expect(md).toContain('机器初评 50 / 70（71.4%，合格） → 复核后 65 / 70（92.9%，优秀）');
    expect(md).toContain('复核：改判（李四）：会议纪要载明召开3次专题会议；机器初评 不符合 0 / 20');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('机器初评 60 / 70（85.7%，良好） → 复核后 60 / 60（100%，优秀）');
    expect(html).toContain('复核：不适用（王五）：经核实已于3月28日公开');
    for (const f of ['junit.xml', 'results.sarif']) expect(readFileSync(join(out, f), 'utf8'), f).toContain('李四');
    expect(html).toContain('<h2>1 行复核结论未应用（已过期）：</h2>');
    expect(html).toContain('复核表.xlsx:复核!A5');
    const summary = readFileSync(join(out, 'summary.csv'), 'utf8');
    expect(summary.split('\n')[0]).toContain('机器得分');
    expect(readFileSync(join(out, 'findings.csv'), 'utf8')).toContain('会议纪要载明召开3次专题会议');
  });

  it('the 汇总 sheet shows 机器得分 and 最终得分', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'summary.xlsx'));
    const ws = wb.getWorksheet('汇总')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const row = ws
      .getRows(2, ws.rowCount - 1)!
      .find((r) => String(r.getCell(header.length).value).endsWith('r-market.yaml'))!;
    expect(row.getCell(header.indexOf('机器得分') + 1).value).toBe(50);
    expect(row.getCell(header.indexOf('最终得分') + 1).value).toBe(65);
    expect(wb.getWorksheet('未应用的复核')!.getRow(2).values).toEqual([
      undefined,
      '复核表.xlsx:复核!A5',
      join(reports, 'finance.yaml'),
      'accountability.deduction',
      '复核表写出后报告已修改（报告指纹不同）',
    ]);
  });

  it('writes a new 复核表 that carries the decisions, so it goes round again with the same result', async () => {
    const again = await batch('again', ['--review', join(out, '复核表.xlsx')]);
    expect(byFile(again.batch!, 'r-market.yaml').score).toBe(65);
    expect(byFile(again.batch!, 'edu.yaml').maxScore).toBe(60);
    expect(again.batch!.review).toMatchObject({ applied: 3, changed: 2, stale: [] });
  }, 60_000);

  it('marks a reviewed report in the ranking printed without --out, with its machine percent', async () => {
    const run = await runCli([
      'batch',
      reports,
      '--rules',
      pack,
      '--roster',
      roster,
      '--as-of',
      '2025-06-01',
      '-q',
      '--review',
      sheet,
    ]);
    expect(run.stdout).toMatch(/ 92\.9% {2}优秀 .*r-market\.yaml 机器初评 71\.4%\n/);
    expect(run.stdout).toMatch(/police\.yaml 一票否决\n/); // 维持: nothing changed, no machine mark
  }, 60_000);

  it('gives the same result with --jobs 2', async () => {
    const two = await batch('reviewed-2', ['--review', sheet, '--jobs', '2']);
    const strip = (b: BatchResult) => JSON.stringify({ ...b, review: { ...b.review, file: '' } });
    expect(strip(two.batch!)).toBe(strip(reviewed));
  }, 60_000);
});

describe('--review-all, a veto lifted, and rows that no longer describe the batch', () => {
  it('lists every finding with --review-all: 11 reports × 7 rules = 77 rows', async () => {
    const { run, batch: b } = await batch('all', ['--review-all', '--format', 'json,review']);
    // a batch that wrote no batch.json says why here, not as a TypeError further on
    expect(b, `exit ${run.code}: ${run.stderr}`).toBeDefined();
    expect(b!.assessments).toHaveLength(11);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'all', '复核表.xlsx'));
    expect(wb.getWorksheet('复核')!.rowCount).toBe(1 + 77);
  }, 60_000);

  it('hashes the reports only for a review: a batch asked for json alone carries no 报告指纹', async () => {
    const { run, batch: b } = await batch('json-only', ['--format', 'json']);
    // a batch that wrote no batch.json says why here, not as a TypeError further on
    expect(b, `exit ${run.code}: ${run.stderr}`).toBeDefined();
    expect(b!.assessments).toHaveLength(11);
    expect(b!.assessments.filter((a) => a.report.contentHash !== undefined)).toEqual([]);
    expect(existsSync(join(dir, 'json-only', '复核表.xlsx'))).toBe(false);
  }, 60_000);

  it('改判 to full points passes a veto rule: the veto is lifted, the machine’s kept', async () => {
    const path = join(dir, '复核表-否决.xlsx');
    copyFileSync(join(dir, 'machine', '复核表.xlsx'), path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('复核')!;
    // three rows made stale by hand: another file, a rule the report has no finding for, other machine points
    const row = (n: number) => ws.getRow(n);
    row(2).getCell(2).value = join(reports, 'nowhere.yaml');
    row(6).getCell(4).value = 'basics.no-such-rule'; // gov.yaml's (finance.yaml's rows: its report was edited)
    row(10).getCell(7).value = 5;
    for (const n of [2, 6, 10]) {
      row(n).getCell(11).value = '维持';
      row(n).getCell(13).value = '理由';
      row(n).getCell(14).value = '李四';
    }
    await wb.xlsx.writeFile(path);
    await decide(path, [
      { file: 'police.yaml', rule: 'accountability.veto', cells: ['改判', 10, '通报已撤销', '赵六'] },
    ]);
    const { run, batch: b } = await batch('veto', ['--review', path, '--format', 'json']);
    // a batch that wrote no batch.json says why here, not as a TypeError further on
    expect(b, `exit ${run.code}: ${run.stderr}`).toBeDefined();
    const a = byFile(b!, 'police.yaml');
    // 10 + 20 + 10 + 10 + 10 + 10 = 70 of 70
    expect([a.score, a.maxScore, a.percent, a.grade, a.vetoed, a.vetoedBy]).toEqual([
      70,
      70,
      100,
      '优秀',
      false,
      undefined,
    ]);
    expect(a.machine).toMatchObject({ score: 60, vetoed: true, grade: '不合格' });
    expect(b!.review!.stale.map((s) => [s.cell, s.reason])).toEqual([
      ['复核表-否决.xlsx:复核!A2', 'no-report'],
      ['复核表-否决.xlsx:复核!A6', 'no-finding'],
      ['复核表-否决.xlsx:复核!A10', 'finding-changed'],
    ]);
    expect(b!.review).toMatchObject({ applied: 1, changed: 1 });
  }, 60_000);
});

describe('a decision the review cannot take', () => {
  it('refuses a decision without 复核理由 before scoring, naming the cell (exit 2)', async () => {
    const bad = join(dir, '复核表-无理由.xlsx');
    copyFileSync(join(dir, 'machine', '复核表.xlsx'), bad);
    // edu.yaml's rows come first (files in code-point order): row 2 its township duty (不适用 by role), row 3 its deadline
    await decide(bad, [{ file: 'edu.yaml', rule: 'publication.deadline', cells: ['改判', 5, undefined, '王五'] }]);
    const { run } = await batch('refused', ['--review', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`${bad}:复核!M3: “复核理由”不能为空（复核结论为“改判”时须填写）`);
  });

  it('reports every bad cell at once: an unknown word and points out of range', async () => {
    const bad = join(dir, '复核表-多处.xlsx');
    copyFileSync(join(dir, 'machine', '复核表.xlsx'), bad);
    await decide(bad, [
      { file: 'edu.yaml', rule: 'publication.deadline', cells: ['改判', 12, '理由', '王五'] },
      { file: 'r-market.yaml', rule: 'basics.department-duty', cells: ['同意', undefined, '理由', '李四'] },
    ]);
    const { run } = await batch('refused-2', ['--review', bad]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toBe(`${bad}:复核!L3: 复核得分“12”无效；改判须填写 0 至 10 之间的分数`);
    expect(lines[1]).toMatch(
      new RegExp(
        `^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:复核!K\\d+: 复核结论“同意”无法识别；请填写：维持、改判、不适用$`,
      ),
    );
    expect(lines).toHaveLength(2);
  });
});
