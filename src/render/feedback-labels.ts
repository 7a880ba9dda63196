import type { ReviewDecision } from '../model/review.js';
import type { Lang } from './labels.js';

// The words of the feedback documents (反馈意见, --format feedback), in Chinese and English. They sit
// beside labels.ts, whose catalog they extend (score, grade, remedy, basis … are taken from there),
// in a file of their own so that neither passes the 300-line limit.

const FEEDBACK = {
  zh: {
    titleSuffix: '法治政府建设年度报告评查反馈意见',
    yearSuffix: '年度',
    result: '评查结果',
    categories: '分类得分',
    shortfalls: '存在的问题及整改建议',
    reviewed: '经人工复核调整的项目',
    noShortfalls: '未发现扣分项目。',
    unit: '单位',
    file: '报告文件',
    signedAs: '报告署名',
    pack: '评查细则',
    status: '报送情况',
    notSubmitted: '未报送',
    notScored: '未评查',
    notScoredNote: '报告未能评分，需人工核对后另行反馈',
    percent: '得分率',
    maxScore: '满分',
    category: '类别',
    item: '项目',
    machine: '机器初评',
    final: '复核后',
    pointsLost: '扣分',
    pointsOf: '得 {points} / {max} 分',
    quote: '原文',
    message: '问题',
    review: '人工复核',
    reviewer: '复核人',
    reason: '理由',
    machineWas: '机器初评：{status}，{points} / {max} 分',
    finalIs: '复核后：{status}，{points} / {max} 分',
    vetoedBy: '一票否决项',
    returnedBy: '未通过的前置审查',
    yes: '是',
    no: '否',
  },
  en: {
    titleSuffix: 'rule-of-law government annual report — assessment feedback',
    yearSuffix: '',
    result: 'Result',
    categories: 'Categories',
    shortfalls: 'Shortfalls and what to do',
    reviewed: "Items changed by the assessors' review",
    noShortfalls: 'No points were lost.',
    unit: 'Unit',
    file: 'Report file',
    signedAs: 'Signed as',
    pack: 'Checklist',
    status: 'Submission',
    notSubmitted: 'not submitted',
    notScored: 'not scored',
    notScoredNote: 'the report could not be scored; feedback follows once it has been checked by hand',
    percent: 'Percent',
    maxScore: 'Max',
    category: 'Category',
    item: 'Item',
    machine: 'Machine',
    final: 'After review',
    pointsLost: 'Points lost',
    pointsOf: '{points} of {max} points',
    quote: 'Source',
    message: 'Finding',
    review: 'Review',
    reviewer: 'reviewer',
    reason: 'reason',
    machineWas: 'machine: {status}, {points} of {max} points',
    finalIs: 'after review: {status}, {points} of {max} points',
    vetoedBy: 'Vetoed by',
    returnedBy: 'Failed checks before scoring',
    yes: 'yes',
    no: 'no',
  },
} as const;

export type FeedbackKey = keyof (typeof FEEDBACK)['zh'];

/** One of the feedback documents' words, its {placeholders} filled in. */
export function feedbackWord(lang: Lang, key: FeedbackKey, params: Record<string, string | number> = {}): string {
  return FEEDBACK[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** The assessors' decisions as the feedback names them: 维持 / 改判 / 不适用. */
const DECISIONS: Record<Lang, Record<ReviewDecision, string>> = {
  zh: { keep: '维持', change: '改判', not_applicable: '不适用' },
  en: { keep: 'kept', change: 'changed', not_applicable: 'not applicable' },
};
export const decisionLabel = (lang: Lang, d: ReviewDecision) => DECISIONS[lang][d];

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals (十一, 二十, 九十九); a larger number as digits, which no checklist reaches. */
export function chineseNumeral(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  const tens = Math.floor(n / 10);
  const units = ZH_DIGITS[n % 10]!;
  if (tens === 0) return units;
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${units}`;
}

/** The number of a document's section: 一、二、… in Chinese, 1. 2. … in English. */
export const sectionNumber = (lang: Lang, n: number) => (lang === 'zh' ? `${chineseNumeral(n)}、` : `${n}. `);

/** The number of an item under a section: （一）（二）… in Chinese, 3.1 3.2 … in English. */
export const itemNumber = (lang: Lang, section: number, n: number) =>
  lang === 'zh' ? `（${chineseNumeral(n)}）` : `${section}.${n} `;
