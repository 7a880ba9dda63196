import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchResult } from '../../src/model/batch.js';
import { runCli } from '../helpers/cli.js';
import { reportYaml, rosterPack, tempDir } from './fixtures.js';

describe('a batch with a CSV roster and an --events file', () => {
  const dir = tempDir();
  const roster = join(dir, '名单.csv');
  writeFileSync(
    roster,
    '单位名称,别名,主体类型,年度\r\n青禾县教育局,县教育局,部门,2024\r\n青禾县财政局,县财政局,部门,2024\r\n青禾县卫生健康委员会,县卫健委,部门,2024\r\n',
  );
  writeFileSync(join(dir, 'edu.yaml'), reportYaml({ authority: '青禾县教育局', year: 2024, meetings: 4 }));
  writeFileSync(join(dir, '县财政局与县卫健委联合报告.yaml'), reportYaml({ year: 2024, meetings: 4 }));
  const events = join(dir, 'events.yaml');
  writeFileSync(
    events,
    'events:\n  - { id: E1, unit: 县教育局, rule: accountability.deduction, source: 市通报〔2024〕2号 }\n',
  );
  const run = async (...extra: string[]) => {
    const out = join(dir, `out${extra.length}`);
    const r = await runCli([
      'batch',
      dir,
      '--include',
      '*.yaml',
      '--exclude',
      'events.yaml',
      '--rules',
      rosterPack(),
      '--roster',
      roster,
      '--out',
      out,
      '--format',
      'json',
      ...extra,
    ]);
    return { r, batch: BatchResult.parse(JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8'))) };
  };

  it('lists an ambiguous report with its candidates, and each candidate unit without a report names it', async () => {
    const { r, batch } = await run();
    expect(r.code).toBe(0);
    const entry = batch.roster!.reports.find((x) => x.status === 'ambiguous')!;
    expect(entry.candidates).toEqual(['青禾县财政局', '青禾县卫生健康委员会']);
    expect(entry.counted).toBe(false);
    const finance = batch.roster!.units.find((u) => u.unit === '青禾县财政局')!;
    expect(finance.status).toBe('not_submitted');
    expect(finance.candidates).toEqual([join(dir, '县财政局与县卫健委联合报告.yaml')]);
    expect(finance.note).toBe(
      `未报送：没有与该单位匹配的报告，按细则评为不合格；可能是其报告但匹配不明：${join(dir, '县财政局与县卫健委联合报告.yaml')}`,
    );
    expect(r.stderr).toContain(
      `${join(dir, '县财政局与县卫健委联合报告.yaml')}: 匹配不明：文件名同时含有“县财政局”“县卫健委”`,
    );
  });

  it('leaves the rules scored from events to the assessor when neither the roster nor --events records events', async () => {
    const { batch } = await run();
    const edu = batch.assessments.find((a) => a.report.file.endsWith('edu.yaml'))!;
    expect(edu.findings.find((f) => f.ruleId === 'accountability.deduction')!.status).toBe('missing');
  });

  it('ties an --events entry naming the unit by its roster alias to the unit’s report', async () => {
    const { batch } = await run('--events', events);
    const edu = batch.assessments.find((a) => a.report.file.endsWith('edu.yaml'))!;
    expect(edu.findings.find((f) => f.ruleId === 'accountability.deduction')).toMatchObject({
      status: 'fail',
      points: 5,
      events: [{ id: 'E1', source: '市通报〔2024〕2号' }],
    });
    // 10 + 20 + publication and submission not stated (0 of 20) + 10 + 5 = 45 of 70
    expect([edu.score, edu.maxScore]).toEqual([45, 70]);
  });
});

describe('the grade of a unit that did not submit', () => {
  it('is the pack’s notSubmittedGrade', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '名单.csv'), '单位名称\r\n青禾县教育局\r\n青禾县财政局\r\n');
    writeFileSync(join(dir, 'edu.yaml'), reportYaml({ authority: '青禾县教育局', year: 2024, meetings: 4 }));
    const r = await runCli([
      'batch',
      join(dir, 'edu.yaml'),
      '--rules',
      rosterPack({ notSubmittedGrade: '合格' }),
      '--roster',
      join(dir, '名单.csv'),
    ]);
    expect(r.stdout.split('\n')[1]).toMatch(/^ {3}2 +- +合格 +青禾县财政局 +未报送$/);
  });

  it('must be one of the pack’s grades', async () => {
    const pack = rosterPack({ notSubmittedGrade: '差' });
    const r = await runCli(['rules', 'validate', pack]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${join(pack, 'pack.yaml')}:4:20: notSubmittedGrade“差”不是本细则的等级；请填写其中之一：优秀、良好、合格、不合格`,
    );
  });
});

describe('a document read by extraction, scored on the national pack with a roster', () => {
  it('judges publication by the roster’s date, shown beside the date in the report’s header', async () => {
    const dir = tempDir();
    const roster = join(dir, '名单.csv');
    // the report's header says 发布时间：2025-03-10; the office saw it published on 2 April
    writeFileSync(
      roster,
      '单位名称,主体类型,年度,报送日期,公开日期\r\n青禾县司法局,司法局,2024,2025-02-20,2025-04-02\r\n',
    );
    const out = join(dir, 'out');
    const r = await runCli([
      'batch',
      'samples/synthetic/excellent.txt',
      '--roster',
      roster,
      '--out',
      out,
      '--format',
      'json',
      '--as-of',
      '2025-06-01',
    ]);
    expect(r.code).toBe(0);
    const batch = BatchResult.parse(JSON.parse(readFileSync(join(out, 'batch.json'), 'utf8')));
    const a = batch.assessments[0]!;
    const f = a.findings.find((x) => x.ruleId === 'publication.deadline')!;
    expect(f.status).toBe('fail');
    expect(f.message).toBe('报告公开日期晚于次年3月31日（公开期限 2025-03-31）');
    expect(f.evidence).toContainEqual({
      fact: 'report.publishedOn',
      quote: '2025-04-02',
      note: '取自名单 名单.csv:E2；报告所载为 2025-03-10',
    });
    expect(a.findings.find((x) => x.ruleId === 'publication.submission-deadline')!.status).toBe('pass');
    expect(batch.roster!.reports[0]).toMatchObject({
      unit: '青禾县司法局',
      by: 'name',
      applied: [
        { field: 'submittedOn', value: '2025-02-20', at: '名单.csv:D2' },
        { field: 'publishedOn', value: '2025-04-02', report: '2025-03-10', at: '名单.csv:E2' },
      ],
    });
  });
});
