import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/problems/format.js';
import { ProblemError } from '../../src/problems/problem.js';
import { loadRoster } from '../../src/roster/load-roster.js';
import { runCli } from '../helpers/cli.js';
import { reportYaml, rosterPack, tempDir, writeXlsx } from './fixtures.js';

const HEADER = ['单位名称', '别名', '主体类型', '年度', '报送日期', '公开日期', '公开网址'];
async function refusal(file: string): Promise<string[]> {
  try {
    await loadRoster(file, { eventRules: new Set(), lang: 'zh' });
  } catch (e) {
    if (e instanceof ProblemError) return e.problems.map((p) => formatProblem(p, 'zh'));
    throw e;
  }
  throw new Error('the roster was accepted');
}

describe('fazhi batch --roster with a bad roster', () => {
  it('prints each bad cell on stderr, exits 2 and scores nothing', async () => {
    const dir = tempDir();
    const file = await writeXlsx(join(dir, '名单.xlsx'), { Sheet1: [HEADER, ['青禾县教育局', '', '教育']] });
    writeFileSync(join(dir, 'a.yaml'), reportYaml({ authority: '青禾县教育局', year: 2024, meetings: 1 }));
    const run = await runCli(['batch', join(dir, 'a.yaml'), '--rules', rosterPack(), '--roster', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `${file}:Sheet1!C2: 主体类型“教育”无法识别；请填写：人民政府、司法局、部门、乡镇（街道）（或 government、judicial_bureau、department、township）\n`,
    );
  });
});

describe('fazhi roster init', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it('writes an .xlsx template whose header the roster reader takes, with an events sheet and notes', async () => {
    const out = join(dir, '名单.xlsx');
    const run = await runCli(['roster', 'init', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${out}\n`);
    // as written, it lists no unit: nothing is assessed by mistake
    expect(await refusal(out)).toEqual([`${out}: 名单中没有单位；请在表头下每行填写一个单位`]);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['名单', '事件', '填写说明']);
    expect((wb.getWorksheet('名单')!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    const notes = (wb.getWorksheet('填写说明')!.getColumn(2).values as unknown[]).join('\n');
    expect(notes).toContain('accountability.major-violation（扣分）'); // the national pack's event rule
    // filled in by the office, it is a roster
    wb.getWorksheet('名单')!.addRow(['青禾县财政局', '县财政局', '部门', 2024, new Date(Date.UTC(2025, 1, 27))]);
    await wb.xlsx.writeFile(out);
    const roster = await loadRoster(out, { eventRules: new Set(['accountability.major-violation']), lang: 'zh' });
    expect(roster.units.map((u) => [u.name, u.role, u.submittedOn])).toEqual([
      ['青禾县财政局', 'department', '2025-02-27'],
    ]);
    expect(roster.recordsEvents).toBe(true);
  });

  it('never overwrites a roster, unless --force', async () => {
    const out = join(dir, '名单.xlsx');
    const run = await runCli(['roster', 'init', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${out}: 文件已存在，未覆盖；请换一个文件名（--out），或先删除它\n`);
    expect((await runCli(['roster', 'init', '--out', out, '--force'])).code).toBe(0);
  });

  it('writes CSV and YAML templates, in English with --lang en', async () => {
    const csv = await runCli(['roster', 'init', '--format', 'csv', '--out', '-', '--lang', 'en']);
    expect(csv.stdout).toBe('\uFEFFUnit,Aliases,Role,Year,Submitted on,Published on,Published at\r\n');
    const yaml = await runCli(['roster', 'init', '--format', 'yaml', '--out', join(dir, '名单.yaml')]);
    expect(yaml.code).toBe(0);
    const text = readFileSync(join(dir, '名单.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=.*schemas\/roster\.schema\.json\n/);
    // uncommented, the example is a valid roster
    writeFileSync(join(dir, '名单.yaml'), text.replace(/^#( {2}- name| {4}\w+:| {6}- \{)/gm, '$1'));
    const roster = await loadRoster(join(dir, '名单.yaml'), {
      eventRules: new Set(['accountability.major-violation']),
      lang: 'zh',
    });
    expect(roster.units.map((u) => [u.name, u.aliases, u.role, u.events.length])).toEqual([
      ['青禾县市场监督管理局', ['县市场监管局'], 'department', 1],
    ]);
  });
});
