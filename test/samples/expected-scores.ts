/**
 * The one table of the samples' scores under the national pack: the ground truth the samples
 * document, worked by hand rule by rule (test/samples/samples.test.ts holds it to the scorer).
 * Other tests read their numbers from here or assert relations between them, so changing one
 * rule's points changes this table and nothing else.
 *
 * All eight are 司法局 reports; no events file is given, so accountability.major-violation is not
 * scored (需人工核对); no 报送 date is known, so the 2 points of publication.submission-deadline
 * count as 未载明 in every maximum. Category by category:
 *
 * 夏县    结构 21/31 (不足 without 原因 5, no 第一责任人 part, 整改 5 problems 2) · 第一责任人 2/10 (述法 held)
 *         · 决策 0/10 · 执法 7/10 (法制审核岗 2, 12 training sessions 3, 评查 described 2) · 复议 2/2
 *         · 应诉 8/12 · 普法 6/6 · 法律援助 3/3 · 一致性 2/4 · 公开 4/6                    = 55/94
 * 红谷滩  结构 26/31 (no 整改 0/3) · 4/10 (述法 full 4) · 0/10 · 10/10 · 2/2 · 12/12 (败诉 from 2/30)
 *         · 普法 4/5 (activities described, no count 1; 法律明白人 not stated: info) · 3/3 · 4/4 · 0/6 = 65/93
 * 兴宁    结构 27/31 (不足 5, 整改 part only 1) · 2/10 · 决策 3/10 (审核 6件 2; 14 decisions stated, their
 *         review not: 1) · 执法 6/10 (三项制度 not stated) · 2/2 · 8/12 · 6/6 · 3/3 · 3/3 · 0/6 = 60/93
 * 崇川    结构 15/31 (no year, 已全部整改 3) · 2/10 · 2/10 · 10/10 · 2/2 · 4/12 · 普法 2/6 · 3/3
 *         · 一致性 9/9 · 0/6 (no year: no deadline)                                          = 49/99, returned (1—9月)
 * 硚口    结构 14/31 · 2/10 · 0/10 · 6/10 (each described) · 0/2 · 0/12 · 2/5 · 3/3 · 0/0 · 4/6 = 31/89, returned (工作总结)
 * excellent 结构 31/31 (两个问题已整改到位 3) · 6/10 (own 述法 not stated) · 10 · 10 · 2 · 12 · 6 · 3 · 9/9 · 4/6 = 93/99
 * inconsistent 结构 23/31 (no 不足 part) · 4/10 · 9/10 (法律顾问团 at work: held 1 of 2) · 10 · 2 · 12 · 6 · 3 · 一致性 3/9
 *         · 4/6 = 76/99
 * veto    结构 20/31 (no 第一责任人 part; 不足 without 原因 5 of 7; 问题已基本整改到位: not all, 整改 part only 1) · 4/10 · 10 · 10 · 2
 *         · 应诉 4/12 (出庭 92%: 8 short, 0/8) · 6 · 3 · 9/9 · 0/6 = 68/99; the text's 通报 is only a hint now: not vetoed without an event
 *
 * 一致性 counts consistency.litigation-counts (败诉数不超过应诉数, 1 point) wherever both counts are stated: 红谷滩 2/30,
 * 崇川 22/288, excellent 3/42, inconsistent 2/40, veto 2/25 — each 1/1 more than before the rule.
 *
 * percent is score / maxScore × 100 to one decimal; the grade is read from it (优秀 ≥90, 良好 ≥80,
 * 合格 ≥60, 不合格 below).
 */

/** The national pack's categories, in pack order (rules/national/pack.yaml). */
export const CATEGORY_IDS = [
  'structure',
  'accountability',
  'decisions',
  'enforcement',
  'reconsideration',
  'litigation',
  'publicity',
  'legal_services',
  'consistency',
  'publication',
] as const;
type Pair = readonly [score: number, maxScore: number];
export type CategoryScores = Readonly<Record<(typeof CATEGORY_IDS)[number], Pair>>;

export interface SampleScore {
  file: string;
  authority: string;
  score: number;
  maxScore: number;
  percent: number;
  grade: '优秀' | '良好' | '合格' | '不合格';
  vetoed: boolean;
  /** 退回重报: a gate failed; ranked after every report that was not */
  returned: boolean;
  categories: CategoryScores;
}

/** [score, maxScore] per category, in CATEGORY_IDS order. */
const cats = (...pairs: Pair[]): CategoryScores =>
  Object.fromEntries(CATEGORY_IDS.map((id, i) => [id, pairs[i]])) as CategoryScores;

export const SAMPLE_SCORES: readonly SampleScore[] = [
  {
    file: 'samples/real/000-honggutan.yaml',
    authority: '红谷滩区司法局',
    score: 65,
    maxScore: 93,
    percent: 69.9,
    grade: '合格',
    vetoed: false,
    returned: false,
    categories: cats([26, 31], [4, 10], [0, 10], [10, 10], [2, 2], [12, 12], [4, 5], [3, 3], [4, 4], [0, 6]),
  },
  {
    file: 'samples/real/001-chongchuan.yaml',
    authority: '崇川区司法局',
    score: 49,
    maxScore: 99,
    percent: 49.5,
    grade: '不合格',
    vetoed: false,
    returned: true,
    categories: cats([15, 31], [2, 10], [2, 10], [10, 10], [2, 2], [4, 12], [2, 6], [3, 3], [9, 9], [0, 6]),
  },
  {
    file: 'samples/real/002-xingning.yaml',
    authority: '兴宁市司法局',
    score: 60,
    maxScore: 93,
    percent: 64.5,
    grade: '合格',
    vetoed: false,
    returned: false,
    categories: cats([27, 31], [2, 10], [3, 10], [6, 10], [2, 2], [8, 12], [6, 6], [3, 3], [3, 3], [0, 6]),
  },
  {
    file: 'samples/real/003-xiaxian.yaml',
    authority: '夏县司法局',
    score: 55,
    maxScore: 94,
    percent: 58.5,
    grade: '不合格',
    vetoed: false,
    returned: false,
    categories: cats([21, 31], [2, 10], [0, 10], [7, 10], [2, 2], [8, 12], [6, 6], [3, 3], [2, 4], [4, 6]),
  },
  {
    file: 'samples/real/004-qiaokou.yaml',
    authority: '硚口区司法局',
    score: 31,
    maxScore: 89,
    percent: 34.8,
    grade: '不合格',
    vetoed: false,
    returned: true,
    categories: cats([14, 31], [2, 10], [0, 10], [6, 10], [0, 2], [0, 12], [2, 5], [3, 3], [0, 0], [4, 6]),
  },
  {
    file: 'samples/synthetic/excellent.yaml',
    authority: '青禾县司法局',
    score: 93,
    maxScore: 99,
    percent: 93.9,
    grade: '优秀',
    vetoed: false,
    returned: false,
    categories: cats([31, 31], [6, 10], [10, 10], [10, 10], [2, 2], [12, 12], [6, 6], [3, 3], [9, 9], [4, 6]),
  },
  {
    file: 'samples/synthetic/inconsistent.yaml',
    authority: '云岭市司法局',
    score: 76,
    maxScore: 99,
    percent: 76.8,
    grade: '合格',
    vetoed: false,
    returned: false,
    categories: cats([23, 31], [4, 10], [9, 10], [10, 10], [2, 2], [12, 12], [6, 6], [3, 3], [3, 9], [4, 6]),
  },
  {
    file: 'samples/synthetic/veto.yaml',
    authority: '石桥区司法局',
    // structure.shortcomings 5 of 7: the 不足和原因 part names its problems but analyses no cause
    score: 68,
    maxScore: 99,
    percent: 68.7,
    grade: '合格',
    vetoed: false,
    returned: false,
    categories: cats([20, 31], [4, 10], [10, 10], [10, 10], [2, 2], [4, 12], [6, 6], [3, 3], [9, 9], [0, 6]),
  },
];

/** The table's row for a sample file (throws on a file not in it, so a typo cannot pass silently). */
export function sampleScore(file: string): SampleScore {
  const row = SAMPLE_SCORES.find((s) => s.file === file);
  if (!row) throw new Error(`${file} is not in test/samples/expected-scores.ts`);
  return row;
}

/** score / maxScore × 100 to one decimal, as an assessment's percent is. */
export const percentOf = (score: number, maxScore: number): number => Math.round((score / maxScore) * 1000) / 10;

/**
 * The ranking a batch of samples gives: reports not returned first, then returned ones (退回重报);
 * within each, percent descending, then authority. (No sample is vetoed without an assessor's event.)
 */
export function rankedSamples(files: readonly string[] = SAMPLE_SCORES.map((s) => s.file)): SampleScore[] {
  return files
    .map(sampleScore)
    .sort(
      (a, b) =>
        Number(a.returned) - Number(b.returned) || b.percent - a.percent || a.authority.localeCompare(b.authority),
    );
}
