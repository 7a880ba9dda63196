import type { ReportRole } from '../model/report.js';

/**
 * The columns of a roster sheet: the header `fazhi roster init` writes (Chinese, or English with
 * --lang en) and the other headers read as the same column. Headers are matched whole, after
 * spaces, an asterisk marking a required column, and a bracketed note (单位名称（必填）) are removed;
 * any other column is ignored, so an office may keep its own columns (联系人, 备注 …) beside these.
 */
export interface ColumnSpec<K extends string> {
  key: K;
  zh: string;
  en: string;
  also: string[];
  /** what the template's 填写说明 sheet says of the column */
  help: { zh: string; en: string };
}

export type UnitColumn = 'name' | 'aliases' | 'role' | 'year' | 'submittedOn' | 'publishedOn' | 'publishedUrl';
export type EventColumn = 'unit' | 'id' | 'rule' | 'date' | 'source' | 'description';

export const UNIT_COLUMNS: ColumnSpec<UnitColumn>[] = [
  {
    key: 'name',
    zh: '单位名称',
    en: 'Unit',
    also: ['单位', '名称', '单位全称', 'name', 'unit'],
    help: {
      zh: '必填。单位全称，与报告落款一致，如 青禾县市场监督管理局',
      en: 'Required. The full name, as the report signs it',
    },
  },
  {
    key: 'aliases',
    zh: '别名',
    en: 'Aliases',
    also: ['简称', '曾用名', 'aliases', 'alias'],
    help: {
      zh: '可选。报告或文件名可能使用的其他名称，多个用顿号“、”分隔，如 县市场监管局、县市监局',
      en: 'Optional. Other names its report or file may use, separated by 、 or ;',
    },
  },
  {
    key: 'role',
    zh: '主体类型',
    en: 'Role',
    also: ['类型', '角色', '单位类型', 'role'],
    help: {
      zh: '可选。人民政府、司法局、部门、乡镇（街道）之一；填写后以名单为准，不再按报告名称推断',
      en: 'Optional. government, judicial_bureau, department or township; overrides the role read from the report',
    },
  },
  {
    key: 'year',
    zh: '年度',
    en: 'Year',
    also: ['报告年度', '评查年度', 'year'],
    help: {
      zh: '可选。报告所属年度，如 2024；报告写的是其他年度时在结果中列出',
      en: 'Optional. The year the report should be for, e.g. 2024; a report for another year is shown',
    },
  },
  {
    key: 'submittedOn',
    zh: '报送日期',
    en: 'Submitted on',
    also: ['报送时间', 'submittedOn', 'submitted'],
    help: {
      zh: '可选。依法治办收到报告的日期，如 2025-02-27；用于报送期限规则',
      en: 'Optional. The day the office received the report; scored by the submission deadline rule',
    },
  },
  {
    key: 'publishedOn',
    zh: '公开日期',
    en: 'Published on',
    also: ['公开时间', '发布日期', 'publishedOn', 'published'],
    help: {
      zh: '可选。报告向社会公开的日期，如 2025-03-20；用于公开期限规则',
      en: 'Optional. The day the report was made public; scored by the publication deadline rule',
    },
  },
  {
    key: 'publishedUrl',
    zh: '公开网址',
    en: 'Published at',
    also: ['公开链接', '网址', '链接', 'publishedUrl', 'url'],
    help: {
      zh: '可选。公开报告的网址，以 http:// 或 https:// 开头',
      en: 'Optional. Where it was published, starting http:// or https://',
    },
  },
];

export const EVENT_COLUMNS: ColumnSpec<EventColumn>[] = [
  {
    key: 'unit',
    zh: '单位名称',
    en: 'Unit',
    also: ['单位', 'unit', 'name'],
    help: { zh: '必填。名单中的单位名称或别名', en: 'Required. A unit name or alias of the roster' },
  },
  {
    key: 'id',
    zh: '事件编号',
    en: 'Event id',
    also: ['编号', 'id'],
    help: {
      zh: '可选。依法治办自己的编号，如 2024-通报-03；不填时以所在行代替',
      en: "Optional. The office's reference; the row is used when empty",
    },
  },
  {
    key: 'rule',
    zh: '规则',
    en: 'Rule',
    also: ['规则编号', 'rule'],
    help: {
      zh: '必填。按事件计分的规则编号，如 accountability.major-violation（fazhi rules list 可查）',
      en: 'Required. A rule scored from events, e.g. accountability.major-violation',
    },
  },
  {
    key: 'date',
    zh: '日期',
    en: 'Date',
    also: ['事件日期', 'date'],
    help: { zh: '可选。事件日期，如 2024-08-12', en: 'Optional. The day of the event' },
  },
  {
    key: 'source',
    zh: '来源',
    en: 'Source',
    also: ['来源文件', '依据', 'source'],
    help: {
      zh: '必填。记载事件的文件，如 某市依法治市办通报〔2024〕3号；在评查结果中列出',
      en: 'Required. The document recording it; shown in the finding',
    },
  },
  {
    key: 'description',
    zh: '说明',
    en: 'Description',
    also: ['事件说明', '备注', 'description'],
    help: { zh: '可选。事件简述', en: 'Optional. What happened' },
  },
];

/** Sheet names: the units (the first sheet, whatever its name, when none is called so) and the events. */
export const SHEETS = {
  units: { zh: '名单', en: 'Units', also: ['单位名单', 'units', 'roster'] },
  events: { zh: '事件', en: 'Events', also: ['事件登记', 'events'] },
  help: { zh: '填写说明', en: 'How to fill in' },
} as const;

/** A header cell as compared: no spaces, no required-mark asterisk, no bracketed note, lower case. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/\([^)]*\)$/, '')
    .toLowerCase();
}

/** Which column a header names, if any. */
export function columnFor<K extends string>(specs: ColumnSpec<K>[], header: string): K | undefined {
  const key = headerKey(header);
  if (!key) return undefined;
  return specs.find((s) => [s.zh, s.en, ...s.also].some((h) => headerKey(h) === key))?.key;
}

/** The words a 主体类型 cell may hold for each role (compared with spaces removed, brackets made half-width). */
const ROLE_WORDS: Record<ReportRole, string[]> = {
  government: [
    'government',
    '政府',
    '人民政府',
    '县政府',
    '区政府',
    '市政府',
    '县人民政府',
    '区人民政府',
    '市人民政府',
    '县(区)政府',
    '本级政府',
  ],
  judicial_bureau: ['judicial_bureau', 'judicialbureau', '司法局', '司法行政机关', '司法行政部门'],
  department: [
    'department',
    '部门',
    '政府部门',
    '工作部门',
    '政府工作部门',
    '县直部门',
    '区直部门',
    '市直部门',
    '直属单位',
    '部门(单位)',
  ],
  township: [
    'township',
    '乡镇',
    '乡镇(街道)',
    '乡镇街道',
    '乡镇、街道',
    '街道',
    '乡',
    '镇',
    '乡镇政府',
    '乡镇人民政府',
    '街道办事处',
    'subdistrict',
  ],
};
const ROLE_BY_WORD = new Map<string, ReportRole>(
  (Object.entries(ROLE_WORDS) as [ReportRole, string[]][]).flatMap(([role, words]) =>
    words.map((w) => [roleKey(w), role] as const),
  ),
);

function roleKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

export function roleFromCell(text: string): ReportRole | undefined {
  return ROLE_BY_WORD.get(roleKey(text));
}

/** The values a 主体类型 cell may take, as an error message lists them. */
export const ROLE_CHOICES = {
  zh: '人民政府、司法局、部门、乡镇（街道）（或 government、judicial_bureau、department、township）',
  en: 'government, judicial_bureau, department, township (or 人民政府、司法局、部门、乡镇（街道）)',
} as const;

/** An aliases cell: names separated by 、，,；;| or line breaks. */
export function splitAliases(text: string): string[] {
  return text
    .split(/[、，,；;|｜\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
