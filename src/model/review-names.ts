import type { ReviewDecision } from './review.js';

/**
 * The review sheet's words (复核表.xlsx), in one place: render writes the sheet with them and
 * roster reads it back by them, so a header or a decision word is spelled once.
 */
export type ReviewColumn =
  | 'unit'
  | 'file'
  | 'contentHash'
  | 'ruleId'
  | 'title'
  | 'machineStatus'
  | 'machinePoints'
  | 'maxPoints'
  | 'quote'
  | 'message'
  | 'decision'
  | 'points'
  | 'reason'
  | 'reviewer';

/** In sheet order: what the machine found, then the four columns the assessors fill in. */
export const REVIEW_COLUMNS: { key: ReviewColumn; zh: string; en: string }[] = [
  { key: 'unit', zh: '单位', en: 'Unit' },
  { key: 'file', zh: '文件', en: 'File' },
  { key: 'contentHash', zh: '报告指纹', en: 'Report fingerprint' },
  { key: 'ruleId', zh: '规则编号', en: 'Rule id' },
  { key: 'title', zh: '规则', en: 'Rule' },
  { key: 'machineStatus', zh: '机器结论', en: 'Machine result' },
  { key: 'machinePoints', zh: '机器得分', en: 'Machine points' },
  { key: 'maxPoints', zh: '满分', en: 'Max points' },
  { key: 'quote', zh: '原文', en: 'Source' },
  { key: 'message', zh: '说明', en: 'Finding' },
  { key: 'decision', zh: '复核结论', en: 'Decision' },
  { key: 'points', zh: '复核得分', en: 'Reviewed points' },
  { key: 'reason', zh: '复核理由', en: 'Reason' },
  { key: 'reviewer', zh: '复核人', en: 'Reviewer' },
];

export const REVIEW_DECISION_NAMES: Record<'zh' | 'en', Record<ReviewDecision, string>> = {
  zh: { keep: '维持', change: '改判', not_applicable: '不适用' },
  en: { keep: 'keep', change: 'change', not_applicable: 'not applicable' },
};

/** The sheet's name, by the language it is written in. */
export const REVIEW_SHEET_NAMES = { zh: '复核', en: 'Review' } as const;

/** The file `fazhi batch` writes into --out, whatever the language: the name the office passes back to --review. */
export const REVIEW_FILE = '复核表.xlsx';

/** What the outputs say of a review: the machine's result beside the final one, a decision, a stale row. */
export const REVIEW_WORDS = {
  zh: {
    machineScore: '机器得分',
    finalScore: '最终得分',
    machineGrade: '机器等级',
    review: '复核',
    machine: '机器初评',
    reviewed: '复核后',
    changed: '复核改判',
    reviewer: '复核人',
    reason: '复核理由',
    applied: '复核表 {file}：已应用 {applied} 条复核结论（其中改判或不适用 {changed} 条）',
    staleHead: '{count} 行复核结论未应用（已过期）：',
    staleSheet: '未应用的复核',
    row: '复核表行',
    'no-report': '本批次没有该文件',
    'no-finding': '该报告没有这条规则的结论',
    'report-changed': '复核表写出后报告已修改（报告指纹不同）',
    'finding-changed': '机器结论或得分已变化（细则已修改）',
  },
  en: {
    machineScore: 'Machine score',
    finalScore: 'Final score',
    machineGrade: 'Machine grade',
    review: 'Review',
    machine: 'machine',
    reviewed: 'reviewed',
    changed: 'Changed by review',
    reviewer: 'Reviewer',
    reason: 'Reason',
    applied: 'review sheet {file}: {applied} decisions applied ({changed} changed a result)',
    staleHead: '{count} review rows not applied (stale):',
    staleSheet: 'Stale review rows',
    row: 'Review row',
    'no-report': 'no such file in this batch',
    'no-finding': 'the report has no finding for this rule',
    'report-changed': 'the report changed since the sheet was written (another fingerprint)',
    'finding-changed': 'the machine result changed (the checklist changed)',
  },
} as const;
export type ReviewWord = keyof (typeof REVIEW_WORDS)['zh'];
