import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/**
 * A pack small enough to score by hand, written at test time:
 *   basics.meetings           10  all roles      ruleOfLawMeetings ≥ 1
 *   basics.department-duty    20  department     ruleOfLawMeetings ≥ 4
 *   basics.township-duty      20  township       ruleOfLawMeetings ≥ 1
 *   publication.deadline      10  all roles      publishedOn ≤ 31 March of the next year
 *   publication.submission    10  all roles      submittedOn ≤ 1 March of the next year
 *   accountability.veto       10  all roles      onEvent, veto, missing: skip
 *   accountability.deduction  10  all roles      onEvent, 5 per event, missing: skip
 * Grades 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格.
 */
export function rosterPack(extra: { notSubmittedGrade?: string } = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'fazhi-roster-pack-')), 'pack');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'pack.yaml'),
    `id: roster_test
title: 名单测试细则
version: "1"
${extra.notSubmittedGrade ? `notSubmittedGrade: ${extra.notSubmittedGrade}\n` : ''}grades:
  - { name: 优秀, en: excellent, min: 90 }
  - { name: 良好, en: good, min: 80 }
  - { name: 合格, en: pass, min: 60 }
  - { name: 不合格, en: fail, min: 0 }
categories:
  - { id: basics, title: 基本 }
  - { id: publication, title: 公开 }
  - { id: accountability, title: 责任 }
`,
  );
  writeFileSync(
    join(dir, 'facts.yaml'),
    `facts:
  - { id: ruleOfLawMeetings, label: 专题研究法治建设的会议次数, type: count, unit: 次, cues: [专题研究法治] }
derived:
  - { id: publicationDeadline, label: 公开期限, op: yearDate, yearOffset: 1, month: 3, day: 31 }
  - { id: submissionDeadline, label: 报送期限, op: yearDate, yearOffset: 1, month: 3, day: 1 }
`,
  );
  writeFileSync(
    join(dir, 'sections.yaml'),
    `sections:\n  - { id: measures_and_results, title: 主要举措和成效, cues: [主要举措] }\n`,
  );
  writeFileSync(
    join(dir, 'checklist.yaml'),
    `rules:
  - id: basics.meetings
    category: basics
    title: 专题研究法治建设
    points: 10
    when: { all: [{ fact: ruleOfLawMeetings, operator: greaterThanInclusive, value: 1 }] }
    message: 未专题研究法治建设
  - id: basics.department-duty
    category: basics
    title: 部门每季度专题研究
    points: 20
    appliesTo: [department]
    when: { all: [{ fact: ruleOfLawMeetings, operator: greaterThanInclusive, value: 4 }] }
    message: 部门专题研究少于4次
  - id: basics.township-duty
    category: basics
    title: 乡镇专题研究
    points: 20
    appliesTo: [township]
    when: { all: [{ fact: ruleOfLawMeetings, operator: greaterThanInclusive, value: 1 }] }
    message: 乡镇未专题研究
  - id: publication.deadline
    category: publication
    title: 按期公开
    points: 10
    when: { all: [{ fact: report, path: $.publishedOn, operator: dateOnOrBefore, value: { fact: publicationDeadline } }] }
    message: 公开日期晚于期限（{{publicationDeadline}}）
  - id: publication.submission
    category: publication
    title: 按期报送
    points: 10
    when: { all: [{ fact: report, path: $.submittedOn, operator: dateOnOrBefore, value: { fact: submissionDeadline } }] }
    message: 报送日期晚于期限（{{submissionDeadline}}）
  - id: accountability.veto
    category: accountability
    title: 未发生一票否决事项
    points: 10
    veto: true
    missing: skip
    onEvent: {}
    message: 发生一票否决事项
  - id: accountability.deduction
    category: accountability
    title: 未被通报（每起扣5分）
    points: 10
    missing: skip
    onEvent: { perEvent: 5 }
    message: 被通报（得{{points}}分）
`,
  );
  return dir;
}

/** A structured report as a unit would send it (fazhi extract's form, corrected by hand). */
export function reportYaml(r: {
  authority?: string;
  role?: string;
  year?: number;
  meetings?: number;
  publishedOn?: string;
  submittedOn?: string;
  documentDate?: string;
  documentType?: string;
}): string {
  const meta = [
    r.authority ? `  authority: ${r.authority}` : undefined,
    r.role ? `  role: ${r.role}` : undefined,
    r.year !== undefined ? `  year: ${r.year}` : undefined,
    r.publishedOn ? `  publishedOn: "${r.publishedOn}"` : undefined,
    r.submittedOn ? `  submittedOn: "${r.submittedOn}"` : undefined,
    r.documentDate ? `  documentDate: "${r.documentDate}"` : undefined,
    r.documentType ? `  documentType: ${r.documentType}` : undefined,
  ].filter(Boolean);
  return `report:\n${meta.join('\n') || '  {}'}\nsections: [measures_and_results]\nfacts:\n${r.meetings !== undefined ? `  ruleOfLawMeetings: ${r.meetings}` : '  {}'}\n`;
}

export function tempDir(prefix = 'fazhi-roster-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

type Row = (string | number | Date | null | undefined)[];

/** Writes an .xlsx with exceljs, as an office's spreadsheet: sheets by name, rows as given (row 1 first). */
export async function writeXlsx(path: string, sheets: Record<string, Row[]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r.map((v) => (v === undefined ? null : v)));
  }
  await wb.xlsx.writeFile(path);
  return path;
}

// The round of round.test.ts (its header comment says what each unit sent and what the round makes
// of it): a roster of 12 units in 3 roles with an events sheet, and a folder of their reports.
export const ROSTER_HEADER = ['单位名称', '别名', '主体类型', '年度', '报送日期', '公开日期', '公开网址', '联系人'];
export const ROSTER_ROWS: (string | number | Date | undefined)[][] = [
  [
    '青禾县市场监督管理局',
    '县市场监管局、县市监局',
    '部门',
    2024,
    new Date(Date.UTC(2025, 1, 20)),
    '2025-03-20',
    'https://www.qinghe.gov.cn/a.html',
    '张三',
  ],
  ['青禾县教育局', undefined, '部门', 2024, '2025/2/28', '2025年4月15日'],
  ['青禾县财政局', undefined, '部门', 2024, '2025-02-25', '2025-03-10'],
  ['青禾县公安局', undefined, '部门', 2024, '2025-02-25', '2025-03-10'],
  ['青禾县卫生健康委员会', '县卫健委', '部门', 2024, '2025-02-25', '2025-03-10'],
  ['青禾县交通运输局', undefined, '部门', 2024],
  ['青禾县自然资源局', undefined, '部门', 2024],
  ['青禾县城关镇人民政府', '城关镇', '乡镇', 2024, '2025-02-25', '2025-03-10'],
  ['青禾县河口镇人民政府', '河口镇', '乡镇', 2024, '2025-02-25', '2025-03-10'],
  ['青禾县东街街道办事处', '东街街道', '街道', 2024, '2025-02-25', '2025-03-10'],
  ['青禾县西山乡人民政府', '西山乡', '乡镇', 2024],
  ['青禾县人民政府', undefined, '人民政府', 2024, '2025-02-25', '2025-03-10'],
];
export const EVENTS = [
  ['单位名称', '事件编号', '规则', '日期', '来源', '说明'],
  [
    '青禾县公安局',
    '2024-督-01',
    'accountability.veto',
    '2024-09-01',
    '青禾县委依法治县委员会督察通报〔2024〕5号',
    '重大违法行政事件',
  ],
  ['青禾县财政局', undefined, 'accountability.deduction', '2024-06-15', '市依法治市办通报〔2024〕2号'],
];

/** Writes the round into `dir`: the pack, 名单.xlsx (名单 and 事件 sheets) and reports/ with its towns/ folder. */
export async function writeRound(dir: string): Promise<{ pack: string; roster: string; reports: string }> {
  const pack = rosterPack();
  const roster = await writeXlsx(join(dir, '名单.xlsx'), {
    名单: [['2024年度法治政府建设年度报告评查名单'], ROSTER_HEADER, ...ROSTER_ROWS],
    事件: EVENTS,
  });
  const reports = join(dir, 'reports');
  mkdirSync(join(reports, 'towns'), { recursive: true });
  const write = (name: string, text: string) => writeFileSync(join(reports, name), text);
  write('r-market.yaml', reportYaml({ authority: '县市场监管局', role: 'government', year: 2024, meetings: 2 }));
  write('edu.yaml', reportYaml({ authority: '青禾县教育局', year: 2024, meetings: 4 }));
  write('finance.yaml', reportYaml({ authority: '青禾县财政局', year: 2024, meetings: 4 }));
  write('police.yaml', reportYaml({ authority: '青禾县公安局', year: 2024, meetings: 4 }));
  write('县卫健委2024年度法治政府建设报告.yaml', reportYaml({ year: 2024, meetings: 4 }));
  write('towns/chengguan.yaml', reportYaml({ authority: '青禾县城关镇人民政府', year: 2024, meetings: 1 }));
  write(
    'towns/hekou-draft.yaml',
    reportYaml({ authority: '河口镇', year: 2024, meetings: 1, documentDate: '2025-01-10' }),
  );
  write(
    'towns/hekou-final.yaml',
    reportYaml({ authority: '河口镇', year: 2024, meetings: 1, documentDate: '2025-02-20' }),
  );
  write('towns/dongjie.yaml', reportYaml({ authority: '青禾县东街街道办事处', year: 2023, meetings: 1 }));
  write('towns/西山乡.yaml', 'report: {authority: [broken\n');
  write('gov.yaml', reportYaml({ authority: '青禾县人民政府', year: 2024, meetings: 1 }));
  write('water.yaml', reportYaml({ authority: '青禾县水利局', year: 2024, meetings: 4 }));
  return { pack, roster, reports };
}
