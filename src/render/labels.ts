import type { Status } from '../model/assessment.js';
import { ROLE_NAMES } from '../model/role-names.js';
import type { Severity } from '../model/common.js';
import type { ReportRole } from '../model/report.js';

export type Lang = 'zh' | 'en';

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
    summary: '通过 {pass} 项，不符合 {fail} 项，未载明 {missing} 项，不适用 {not_applicable} 项，豁免 {waived} 项，规则错误 {error} 项',
    ruleErrors: '有规则无法执行（细则错误），结果不完整，请联系细则维护人',
    yearSuffix: '年度',
    points: '分',
    none: '无',
    rule: '规则',
    status: '状态',
    message: '问题',
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
    returnedNote: 'the report failed a check made before scoring and must be resubmitted; the score and grade below are provisional',
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
    summary: '{pass} passed, {fail} failed, {missing} not stated, {not_applicable} not applicable, {waived} waived, {error} rule errors',
    ruleErrors: 'Some rules could not be evaluated (a bug in the checklist); results are incomplete — tell the checklist maintainer',
    yearSuffix: '',
    points: 'pts',
    none: 'none',
    rule: 'Rule',
    status: 'Status',
    message: 'Finding',
  },
} as const;

export type LabelKey = keyof (typeof LABELS)['zh'];

export function label(lang: Lang, key: LabelKey, params: Record<string, string | number> = {}): string {
  return LABELS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

const STATUS: Record<Lang, Record<Status, string>> = {
  zh: { pass: '通过', fail: '不符合', missing: '未载明', not_applicable: '不适用', waived: '已豁免', error: '规则错误' },
  en: { pass: 'pass', fail: 'fail', missing: 'not stated', not_applicable: 'not applicable', waived: 'waived', error: 'rule error' },
};
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

/** Punctuation that follows the language: full-width in Chinese, ASCII in English. */
export const open = (lang: Lang) => (lang === 'zh' ? '（' : ' (');
export const close = (lang: Lang) => (lang === 'zh' ? '）' : ')');
export const comma = (lang: Lang) => (lang === 'zh' ? '，' : ', ');
