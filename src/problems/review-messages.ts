// The problems of the assessors' review sheet (fazhi batch --review 复核表.xlsx), in their own
// file as the roster's are: messages.ts spreads them into its table.

import type { MessageTable } from './template.js';

export type ReviewProblemCode =
  | 'review.unsupported-type'
  | 'review.unreadable'
  | 'review.no-sheet'
  | 'review.missing-column'
  | 'review.bad-decision'
  | 'review.required'
  | 'review.bad-points'
  | 'review.no-decision'
  | 'review.duplicate-row';

export const REVIEW_MESSAGES: MessageTable<ReviewProblemCode> = {
  'review.unsupported-type': {
    zh: (p) => `复核表须为 fazhi batch 写出的 .xlsx 文件，不支持“${p.ext}”`,
    en: (p) => `a review sheet is the .xlsx file fazhi batch writes, not "${p.ext}"`,
  },
  'review.unreadable': {
    zh: (p) => `无法读取复核表（${p.reason}）；请用 Excel 另存为 .xlsx 后重试`,
    en: (p) => `cannot read the review sheet (${p.reason}); save it again from Excel as .xlsx`,
  },
  'review.no-sheet': {
    zh: (p) => `未找到工作表“${p.sheet}”；请使用 fazhi batch 写出的复核表`,
    en: (p) => `no sheet "${p.sheet}"; use the review sheet fazhi batch writes`,
  },
  'review.missing-column': {
    zh: (p) => `表头缺少“${p.column}”列；请勿删除复核表的列（可增加列）`,
    en: (p) => `the header has no "${p.column}" column; do not delete the review sheet's columns (adding is fine)`,
  },
  'review.bad-decision': {
    zh: (p) => `复核结论“${p.value}”无法识别；请填写：${p.allowed}`,
    en: (p) => `unknown decision "${p.value}"; write one of: ${p.allowed}`,
  },
  'review.required': {
    zh: (p) => `“${p.column}”不能为空（复核结论为“${p.decision}”时须填写）`,
    en: (p) => `"${p.column}" must not be empty (a "${p.decision}" decision needs it)`,
  },
  'review.bad-points': {
    zh: (p) => `复核得分“${p.value}”无效；改判须填写 0 至 ${p.max} 之间的分数`,
    en: (p) => `reviewed points "${p.value}" are not valid; a change needs a number from 0 to ${p.max}`,
  },
  'review.no-decision': {
    zh: () => '本行填写了复核内容但复核结论为空；请填写 维持、改判 或 不适用，或清空本行的复核列',
    en: () =>
      'the row has review columns filled in but no decision; write keep, change or not applicable, or clear them',
  },
  'review.duplicate-row': {
    zh: (p) => `与 ${p.other} 是同一文件的同一规则；请只保留一行复核结论`,
    en: (p) => `the same file and rule as ${p.other}; keep one decision per finding`,
  },
};
