import type ExcelJS from 'exceljs';
import type { Lang } from '../problems/messages.js';
import { EVENT_COLUMNS, SHEETS, UNIT_COLUMNS, type ColumnSpec } from './columns.js';

export const TEMPLATE_FORMATS = ['xlsx', 'csv', 'yaml'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

/** A rule an event may name, for the template's notes: the pack's rules scored from events. */
export interface EventRuleNote {
  id: string;
  title: string;
  veto: boolean;
}

const ROLE_LIST = {
  zh: ['人民政府', '司法局', '部门', '乡镇（街道）'],
  en: ['government', 'judicial_bureau', 'department', 'township'],
} as const;

/** The template's rows are only headers: an example unit left in by mistake would be assessed, and reported 未报送. */
const TEXT = {
  zh: {
    column: '列',
    help: '说明',
    unitsNote:
      '「名单」工作表：每行一个单位，第一行为表头（可在表头上方加标题行，也可增加其他列，如联系人、备注，fazhi 不读取）。',
    eventsNote:
      '「事件」工作表：每行一起一票否决或扣分事件；没有事件时保留表头、不填内容即表示本轮无事件（按事件计分的规则按“无事件”计分）。删去此工作表则这些规则为“需人工核对”。',
    rules: '可登记事件的规则（本细则中按事件计分的规则）：',
    veto: '一票否决',
    deduct: '扣分',
    none: '（本细则没有按事件计分的规则）',
    run: '用法：fazhi batch 报告文件夹 --roster 名单.xlsx --out 评查结果',
  },
  en: {
    column: 'Column',
    help: 'Notes',
    unitsNote:
      'Sheet "Units": one unit per row under the header row ' +
      '(a title row above the header and other columns of your own are fine; fazhi ignores them).',
    eventsNote:
      'Sheet "Events": one veto or deduction event per row. Keep the header with no rows for a round without ' +
      'events (the rules scored from events then pass); delete the sheet and those rules need checking by hand.',
    rules: 'Rules an event may name (the rules of this checklist scored from events):',
    veto: 'veto',
    deduct: 'deduction',
    none: '(this checklist has no rule scored from events)',
    run: 'Use: fazhi batch reports/ --roster roster.xlsx --out results',
  },
} as const;

/** `fazhi roster init`: the empty roster, ready to fill in, in the format asked for. */
export async function rosterTemplate(
  format: TemplateFormat,
  lang: Lang,
  rules: EventRuleNote[],
  schema: string,
): Promise<string | Buffer> {
  if (format === 'csv') return `\uFEFF${UNIT_COLUMNS.map((s) => s[lang]).join(',')}\r\n`;
  if (format === 'yaml') return yamlTemplate(lang, rules, schema);
  return xlsxTemplate(lang, rules);
}

function ruleLines(lang: Lang, rules: EventRuleNote[]): string[] {
  const t = TEXT[lang];
  return rules.length ? rules.map((r) => `${r.id}（${r.veto ? t.veto : t.deduct}）${r.title}`) : [t.none];
}

type Workbook = ExcelJS.Workbook;

/** A sheet of the template: bold, shaded headings frozen above, each heading's help as its note. */
function templateSheet(wb: Workbook, lang: Lang, name: string, specs: ColumnSpec<string>[], dates: string[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = specs.map((s) => ({
    header: s[lang],
    key: s.key,
    width: Math.max(14, s[lang].length * 2 + 4),
    ...(dates.includes(s.key) ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  specs.forEach((s, i) => {
    head.getCell(i + 1).note = s.help[lang];
  });
  return ws;
}

function unitsSheet(wb: Workbook, lang: Lang): void {
  const units = templateSheet(wb, lang, SHEETS.units[lang], UNIT_COLUMNS, ['submittedOn', 'publishedOn']);
  units.getColumn('name').width = 32;
  units.getColumn('aliases').width = 28;
  units.getColumn('publishedUrl').width = 40;
  const roleColumn = UNIT_COLUMNS.findIndex((c) => c.key === 'role') + 1;
  const letter = String.fromCharCode(64 + roleColumn);
  // A drop-down of the four roles on the role column (other spellings are still read: columns.ts).
  (
    units as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(`${letter}2:${letter}5000`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${ROLE_LIST[lang].join(',')}"`],
    showErrorMessage: false,
  });
}

/** The help sheet: every column of both sheets explained, the pack's event rules, how to run the round. */
function helpSheet(wb: Workbook, lang: Lang, rules: EventRuleNote[]): void {
  const t = TEXT[lang];
  const help = wb.addWorksheet(SHEETS.help[lang]);
  help.columns = [
    { header: t.column, width: 16 },
    { header: t.help, width: 100 },
  ];
  help.getRow(1).font = { bold: true };
  help.addRow([SHEETS.units[lang], t.unitsNote]);
  for (const c of UNIT_COLUMNS) help.addRow([c[lang], c.help[lang]]);
  help.addRow([]);
  help.addRow([SHEETS.events[lang], t.eventsNote]);
  for (const c of EVENT_COLUMNS) help.addRow([c[lang], c.help[lang]]);
  help.addRow([]);
  help.addRow(['', t.rules]);
  for (const line of ruleLines(lang, rules)) help.addRow(['', line]);
  help.addRow([]);
  help.addRow(['', t.run]);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

async function xlsxTemplate(lang: Lang, rules: EventRuleNote[]): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  // Fixed metadata: the same template every time.
  wb.creator = 'fazhi';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  unitsSheet(wb, lang);
  const events = templateSheet(wb, lang, SHEETS.events[lang], EVENT_COLUMNS, ['date']);
  events.getColumn('unit').width = 32;
  events.getColumn('source').width = 40;
  helpSheet(wb, lang, rules);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function yamlTemplate(lang: Lang, rules: EventRuleNote[], schema: string): string {
  const zh = lang === 'zh';
  const lines = [
    `# yaml-language-server: $schema=${schema}`,
    zh
      ? '# 依法治办评查名单：每个单位一项，name 必填，其余可选。'
      : '# The units the office assesses this round: one entry per unit; name is required, the rest optional.',
    zh
      ? '# role: government（人民政府）| judicial_bureau（司法局）| department（部门）| township（乡镇、街道）'
      : '# role: government | judicial_bureau | department | township',
    zh
      ? '# events: 一票否决或扣分事件；有单位写了 events（哪怕是 []）即表示本名单登记事件，未登记的单位按“无事件”计分。'
      : '# events: veto or deduction events; once any unit has an events list (even []), ' +
        'a unit without events has none.',
    `# ${TEXT[lang].rules}`,
    ...ruleLines(lang, rules).map((l) => `#   ${l}`),
    zh ? '# 下面的示例去掉行首的 # 后改为本地单位：' : '# Remove the # before the example below and write your units:',
    'units:',
    `#  - name: ${zh ? '青禾县市场监督管理局' : 'Qinghe County Market Regulation Bureau'}`,
    `#    aliases: [${zh ? '县市场监管局' : 'County Market Bureau'}]`,
    '#    role: department',
    '#    year: 2024',
    '#    submittedOn: 2025-02-27',
    '#    publishedOn: 2025-03-20',
    '#    publishedUrl: https://www.example.gov.cn/zwgk/2025/0320.html',
    '#    events:',
    `#      - { id: 2024-通报-03, rule: ${rules[0]?.id ?? 'accountability.major-violation'}, ` +
      'date: 2024-08-12, source: 某市依法治市办通报〔2024〕3号 }',
    '',
  ];
  return lines.join('\n');
}
