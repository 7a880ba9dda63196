import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/problems/format.js';
import { ProblemError } from '../../src/problems/problem.js';
import { loadRoster } from '../../src/roster/load-roster.js';
import { tempDir, writeXlsx } from './fixtures.js';

const EVENT_RULES = new Set(['accountability.veto', 'accountability.deduction']);
const load = (file: string, lang: 'zh' | 'en' = 'zh') => loadRoster(file, { eventRules: EVENT_RULES, lang });
/** The lines a user sees for a roster that is refused: one per problem. */
async function refusal(file: string, lang: 'zh' | 'en' = 'zh'): Promise<string[]> {
  try {
    await load(file, lang);
  } catch (e) {
    if (e instanceof ProblemError) return e.problems.map((p) => formatProblem(p, lang));
    throw e;
  }
  throw new Error('the roster was accepted');
}

const HEADER = ['单位名称', '别名', '主体类型', '年度', '报送日期', '公开日期', '公开网址'];

describe('an .xlsx roster', () => {
  it('reads the office’s own sheet: a title row above the header, extra columns, headers with notes, every date form', async () => {
    const dir = tempDir();
    const file = await writeXlsx(join(dir, '名单.xlsx'), {
      填写说明: [['这张表不读']],
      名单: [
        ['2024年度评查名单'],
        ['序号', '单位名称（必填）', ' 别名 ', '主体类型', '联系人', '年度', '报送日期', '公开日期', '公开网址'],
        [
          1,
          '青禾县财政局',
          '县财政局、县财政局；财政局',
          '部门',
          '李四',
          '2024年度',
          new Date(Date.UTC(2025, 1, 27)),
          '2025.3.1',
          'https://www.qinghe.gov.cn/x',
        ],
        [2, '青禾县城关镇人民政府', undefined, '乡镇（街道）', undefined, 2024, '20250301', 45747],
        [3, '青禾县司法局', undefined, 'judicial_bureau'],
        [],
        [undefined, undefined, undefined, undefined, '只有联系人的行不是单位'],
      ],
    });
    const roster = await load(file);
    expect(roster.recordsEvents).toBe(false);
    expect(roster.units.map(({ at: _at, ...u }) => u)).toEqual([
      {
        name: '青禾县财政局',
        aliases: ['县财政局', '财政局'],
        role: 'department',
        year: 2024,
        submittedOn: '2025-02-27',
        publishedOn: '2025-03-01',
        publishedUrl: 'https://www.qinghe.gov.cn/x',
        events: [],
      },
      // 45747 is Excel's day serial for 2025-03-31
      {
        name: '青禾县城关镇人民政府',
        aliases: [],
        role: 'township',
        year: 2024,
        submittedOn: '2025-03-01',
        publishedOn: '2025-03-31',
        events: [],
      },
      { name: '青禾县司法局', aliases: [], role: 'judicial_bureau', events: [] },
    ]);
    expect(roster.units[0]!.at.publishedOn).toEqual({ cell: '名单!H3' });
  });

  it('reports every bad cell as one line naming the sheet and the cell, in the order the sheet is read', async () => {
    const dir = tempDir();
    const file = await writeXlsx(join(dir, '名单.xlsx'), {
      名单: [
        HEADER,
        ['青禾县教育局', '', '部门', 2024, '2025-02-28', '2025-03-10', 'https://a.cn'],
        ['青禾县财政局', '县财政局', '局', 2024],
        ['青禾县公安局', '', '部门', '24年', '2025-02-30'],
        [undefined, '', '部门'],
        ['青禾县审计局', '县财政局'],
        ['青禾县统计局', '', '', 2024, '', '', 'www.x.cn'],
      ],
      事件: [
        ['单位名称', '事件编号', '规则', '日期', '来源'],
        ['青禾县人社局', '', 'accountability.veto', '', '通报'],
        ['青禾县教育局', '', 'nosuch.rule', '', '通报'],
        ['青禾县教育局', '', 'accountability.veto', '', ''],
      ],
    });
    expect(await refusal(file)).toEqual([
      `${file}:名单!C3: 主体类型“局”无法识别；请填写：人民政府、司法局、部门、乡镇（街道）（或 government、judicial_bureau、department、township）`,
      `${file}:名单!D4: 年度“24年”无效；请填写四位年份，如 2024`,
      `${file}:名单!E4: “2025-02-30”不是有效日期；请填写日历上存在的日期，如 2025-03-31`,
      `${file}:名单!A5: “单位名称”不能为空（本行填写了其他列）`,
      `${file}:名单!B6: 名称“县财政局”已在 ${file}:名单!B3 使用；一个名称（单位名称或别名）只能对应一个单位，否则报告无法确定归属`,
      `${file}:名单!G7: 公开网址“www.x.cn”无效；请填写以 http:// 或 https:// 开头的完整网址`,
      `${file}:事件!A2: 事件所属单位“青禾县人社局”不在名单中；请填写名单中的单位名称或别名`,
      `${file}:事件!C3: 事件引用的规则“nosuch.rule”不存在或不按事件计分；按事件计分的规则：accountability.veto, accountability.deduction`,
      `${file}:事件!E4: “来源”不能为空`,
    ]);
  });

  it('says in English which header is missing', async () => {
    const file = await writeXlsx(join(tempDir(), 'units.xlsx'), {
      Sheet1: [
        ['Organisation', 'Role'],
        ['x', 'department'],
      ],
    });
    expect(await refusal(file, 'en')).toEqual([
      `${file}:Sheet1!A1: the first row should be the header, and has no "Unit" column; headers: Unit, Aliases, Role, Year, Submitted on, Published on, Published at`,
    ]);
  });

  it('refuses a sheet with a header and no unit, and a file that is not a roster', async () => {
    const empty = await writeXlsx(join(tempDir(), '名单.xlsx'), { 名单: [HEADER] });
    expect(await refusal(empty)).toEqual([`${empty}: 名单中没有单位；请在表头下每行填写一个单位`]);
    const xls = join(tempDir(), '名单.xls');
    writeFileSync(xls, 'x');
    expect(await refusal(xls)).toEqual([
      `${xls}: 名单须为 .xlsx、.csv 或 .yaml 文件，不支持“.xls”；可用 fazhi roster init 生成模板`,
    ]);
    const fake = join(tempDir(), '名单.xlsx');
    writeFileSync(fake, 'not a zip');
    expect((await refusal(fake))[0]).toMatch(
      /^.*名单\.xlsx: 无法读取名单（no zip central directory）；请用 Excel 另存为 \.xlsx 或 \.csv 后重试$/,
    );
  });
});

describe('a CSV roster', () => {
  it('reads what Excel saves on a Chinese Windows (GB18030), with a line break inside a quoted cell', async () => {
    const file = join(tempDir(), '名单.csv');
    writeFileSync(
      file,
      iconv.encode(
        '单位名称,别名,主体类型,报送日期\r\n青禾县财政局,"县财政局\n财政局",部门,2025/3/1\r\n"青禾县""东街""街道办事处",,街道,\r\n',
        'gb18030',
      ),
    );
    const roster = await load(file);
    expect(roster.units.map((u) => [u.name, u.aliases, u.role, u.submittedOn])).toEqual([
      ['青禾县财政局', ['县财政局', '财政局'], 'department', '2025-03-01'],
      ['青禾县"东街"街道办事处', [], 'township', undefined],
    ]);
    expect(roster.recordsEvents).toBe(false);
  });

  it('names a bad cell without a sheet: a CSV has one', async () => {
    const file = join(tempDir(), '名单.csv');
    writeFileSync(file, '\uFEFF单位名称,主体类型,公开日期\r\n青禾县财政局,部门,2025-13-01\r\n');
    expect(await refusal(file)).toEqual([
      `${file}:C2: “2025-13-01”不是有效日期；请填写日历上存在的日期，如 2025-03-31`,
    ]);
  });
});

describe('a YAML roster', () => {
  it('reads units with their events, and records events once any unit lists them', async () => {
    const file = join(tempDir(), '名单.yaml');
    writeFileSync(
      file,
      `units:
  - name: 青禾县财政局
    aliases: [县财政局]
    role: department
    publishedOn: 2025-03-10
    events:
      - { rule: accountability.deduction, source: 市通报〔2024〕2号, date: 2024-06-15 }
  - name: 青禾县教育局
`,
    );
    const roster = await load(file);
    expect(roster.recordsEvents).toBe(true);
    expect(roster.units[0]!.events.map(({ at: _at, ...e }) => e)).toEqual([
      { id: '名单.yaml:7:9', rule: 'accountability.deduction', source: '市通报〔2024〕2号', date: '2024-06-15' },
    ]);
    expect(roster.units[0]!.at.publishedOn).toEqual({ line: 5, column: 18, pointer: '/units/0/publishedOn' });
  });

  it('reports a bad value at its line and column', async () => {
    const file = join(tempDir(), '名单.yaml');
    writeFileSync(
      file,
      'units:\n  - name: 青禾县财政局\n    role: bureau\n  - name: 青禾县教育局\n    aliases: [青禾县财政局]\n',
    );
    const lines = await refusal(file);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:11: `));
    writeFileSync(file, 'units:\n  - name: 青禾县财政局\n  - name: 青禾县教育局\n    aliases: [青禾县财政局]\n');
    expect(await refusal(file)).toEqual([
      `${file}:4:14: 名称“青禾县财政局”已在 ${file}:2:11 使用；一个名称（单位名称或别名）只能对应一个单位，否则报告无法确定归属`,
    ]);
  });
});
