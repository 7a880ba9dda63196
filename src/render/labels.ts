import type { Status } from '../model/assessment.js';
import { STATUS_NAMES } from '../model/status-names.js';
import { ROLE_NAMES } from '../model/role-names.js';
import {
  REVIEW_COLUMNS,
  REVIEW_DECISION_NAMES,
  REVIEW_WORDS,
  type ReviewColumn,
  type ReviewWord,
} from '../model/review-names.js';
import type { ReviewDecision } from '../model/review.js';
import type { Severity } from '../model/common.js';
import type { ReportRole } from '../model/report.js';
import { punctuation, type Lang } from '../util/lang.js';

export type { Lang } from '../util/lang.js';

// Every word the outputs print, in Chinese and English: the report card (LABELS), the columns of
// the batch tables (COLUMNS), the HTML page's own headings (PAGE), the workbook's sheets (SHEETS).
// Punctuation comes from util/lang.ts, so an English output carries no full-width marks of its own.

const LABELS = {
  zh: {
    heading: '法治政府建设年度报告评查结果',
    file: '文件',
    pack: '细则',
    score: '得分',
    grade: '等级',
    vetoed: '一票否决',
    categories: '分类得分',
    attention: '需要关注',
    notes: '提示（不计分）',
    notScored: '未计分（报告未载明）',
    notApplicable: '不适用（不计分）',
    returned: '退回重报',
    returnedNote: '未通过前置审查，本报告应退回重新报送；以下得分和等级为暂定',
    scoreProvisional: '得分（暂定）',
    provisional: '暂定',
    event: '事件',
    source: '来源',
    evidence: '原文',
    line: '第{n}行',
    remedy: '整改建议',
    basis: '依据',
    missingFacts: '未载明',
    lookedFor: '查找的词',
    waiver: '豁免',
    waiverExpired: '豁免已过期',
    approvedBy: '批准',
    expires: '有效期至',
    summary:
      '通过 {pass} 项，不符合 {fail} 项，未载明 {missing} 项，不适用 {not_applicable} 项，豁免 {waived} 项，规则错误 {error} 项',
    ruleErrors: '有规则无法执行（细则错误），结果不完整，请联系细则维护人',
    yearSuffix: '年度',
    points: '分',
    pointsSuffix: '分',
    none: '无',
    rule: '规则',
    status: '状态',
    message: '问题',
    unscorable: '无法评查',
  },
  en: {
    heading: 'Rule-of-law government annual report — assessment',
    file: 'File',
    pack: 'Checklist',
    score: 'Score',
    grade: 'Grade',
    vetoed: 'vetoed',
    categories: 'Categories',
    attention: 'Needs attention',
    notes: 'Notes (not scored)',
    notScored: 'Not scored (not stated in the report)',
    notApplicable: 'Not applicable (not scored)',
    returned: 'Returned for resubmission',
    returnedNote:
      'the report failed a check made before scoring and must be resubmitted; ' +
      'the score and grade below are provisional',
    scoreProvisional: 'Score (provisional)',
    provisional: 'provisional',
    event: 'Event',
    source: 'source',
    evidence: 'Source',
    line: 'line {n}',
    remedy: 'What to do',
    basis: 'Basis',
    missingFacts: 'not stated',
    lookedFor: 'looked for',
    waiver: 'Waived',
    waiverExpired: 'Waiver expired',
    approvedBy: 'approved by',
    expires: 'expires',
    summary:
      '{pass} passed, {fail} failed, {missing} not stated, {not_applicable} not applicable, ' +
      '{waived} waived, {error} rule errors',
    ruleErrors:
      'Some rules could not be evaluated (a bug in the checklist); ' +
      'results are incomplete — tell the checklist maintainer',
    yearSuffix: '',
    points: 'pts',
    pointsSuffix: '',
    none: 'none',
    rule: 'Rule',
    status: 'Status',
    message: 'Finding',
    unscorable: 'Could not be scored',
  },
} as const;

export type LabelKey = keyof (typeof LABELS)['zh'];

export function label(lang: Lang, key: LabelKey, params: Record<string, string | number> = {}): string {
  return LABELS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

const STATUS = STATUS_NAMES;
export const statusLabel = (lang: Lang, s: Status) => STATUS[lang][s];

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  zh: { error: '重要', warning: '一般', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
export const severityLabel = (lang: Lang, s: Severity) => SEVERITY[lang][s];

/** The short tag a card puts beside the authority. */
export const roleLabel = (lang: Lang, r: ReportRole) => (lang === 'zh' ? ROLE_NAMES[r].zhShort : ROLE_NAMES[r].en);

/**
 * The summary counts line. Every status is filled in, 0 when absent: an assessment read from an
 * older batch.json has no not_applicable count, and a blank would read as "不适用  项".
 */
export const summaryLine = (lang: Lang, counts: Record<string, number>) =>
  label(lang, 'summary', Object.fromEntries(Object.keys(STATUS.zh).map((s) => [s, counts[s] ?? 0])));

/** Punctuation that follows the language: full-width in Chinese, ASCII in English (util/lang.ts). */
export const open = (lang: Lang) => punctuation(lang).open;
export const close = (lang: Lang) => punctuation(lang).close;
export const comma = (lang: Lang) => punctuation(lang).comma;
export const colon = (lang: Lang) => punctuation(lang).colon;
/** Between the items of a list: 、 in Chinese, ", " in English. */
export const listSep = (lang: Lang) => punctuation(lang).list;

/** The columns of every batch table: summary.csv and findings.csv, the workbook's sheets, the HTML ranking. */
const COLUMNS = {
  zh: {
    rank: '排名',
    authority: '单位',
    role: '角色',
    region: '地区',
    year: '年度',
    score: '得分',
    maxScore: '满分',
    percent: '得分率',
    grade: '等级',
    vetoed: '一票否决',
    returned: '退回重报',
    shortfalls: '不符合项数',
    notApplicable: '不适用项数',
    file: '文件',
    previous: '上年得分率',
    change: '变化',
    newlyFailing: '新增问题',
    fixed: '已整改',
    ruleId: '规则编号',
    title: '规则',
    status: '状态',
    severity: '重要程度',
    message: '问题',
    quote: '原文',
    line: '行',
    remedy: '整改建议',
    events: '事件来源',
    points: '得分',
    maxPoints: '分值',
    reason: '原因',
    yes: '是',
    no: '否',
    category: '类别',
  },
  en: {
    rank: 'Rank',
    authority: 'Authority',
    role: 'Role',
    region: 'Region',
    year: 'Year',
    score: 'Score',
    maxScore: 'Max',
    percent: 'Percent',
    grade: 'Grade',
    vetoed: 'Vetoed',
    returned: 'Returned for resubmission',
    shortfalls: 'Shortfalls',
    notApplicable: 'Not applicable',
    file: 'File',
    previous: 'Last year %',
    change: 'Change',
    newlyFailing: 'Newly failing',
    fixed: 'Fixed',
    ruleId: 'Rule id',
    title: 'Rule',
    status: 'Status',
    severity: 'Severity',
    message: 'Finding',
    quote: 'Source',
    line: 'Line',
    remedy: 'What to do',
    events: 'Event source',
    points: 'Points',
    maxPoints: 'Of',
    reason: 'Reason',
    yes: 'yes',
    no: 'no',
    category: 'Category',
  },
} as const;
export type SummaryLabel = keyof (typeof COLUMNS)['zh'];
export const col = (lang: Lang, key: SummaryLabel) => COLUMNS[lang][key];

/** The HTML page's own headings and lines. */
const PAGE = {
  zh: {
    title: '法治政府建设年度报告评查汇总',
    scored: '已评查',
    failedFiles: '无法评查',
    interrupted: '评查被中断，以下仅为已完成的部分',
    gradeChart: '等级分布',
    categoryChart: '各类别平均得分率',
    ranking: '排名',
    errors: '无法评查的文件',
    reports: '各报告问题清单',
    noFindings: '全部通过',
    pack: '细则',
    total: '共找到',
    files: '个文件',
    reports_: '份',
    categories: '分类得分',
    compare: '与上年相比',
    sortHint: '点击表头可排序',
    packEnd: '· ',
  },
  en: {
    title: 'Rule-of-law government annual reports — batch assessment',
    scored: 'scored',
    failedFiles: 'could not be scored',
    interrupted: 'The run was interrupted: only the finished part is shown',
    gradeChart: 'Grades',
    categoryChart: 'Average percent by category',
    ranking: 'Ranking',
    errors: 'Files that could not be scored',
    reports: 'Findings per report',
    noFindings: 'all passed',
    pack: 'Checklist',
    total: 'found',
    files: 'files',
    reports_: '',
    categories: 'Categories',
    compare: 'Compared with last year',
    sortHint: 'click a header to sort',
    packEnd: ' · ',
  },
} as const;
export const pageText = (lang: Lang) => PAGE[lang];

/** The workbook's sheets, and the mark a cell cut to Excel's limit ends with. */
const SHEETS = {
  zh: { summary: '汇总', findings: '问题清单', errors: '错误', clipped: '…（已截断，全文见 JSON）' },
  en: {
    summary: 'Summary',
    findings: 'Findings',
    errors: 'Errors',
    clipped: '… (truncated; the full text is in the JSON)',
  },
} as const;
export const sheetText = (lang: Lang) => SHEETS[lang];

/** The heading of a failed input in a card format: 无法评查 / Could not be scored. */
export const unscorable = (lang: Lang) => label(lang, 'unscorable');

/** The review's words (model/review-names.ts): the sheet's columns, the decisions, what the outputs say of a review. */
export const reviewColumn = (lang: Lang, key: ReviewColumn) => REVIEW_COLUMNS.find((c) => c.key === key)![lang];
export const decisionLabel = (lang: Lang, d: ReviewDecision) => REVIEW_DECISION_NAMES[lang][d];
export const reviewWord = (lang: Lang, key: ReviewWord, params: Record<string, string | number> = {}) =>
  REVIEW_WORDS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
