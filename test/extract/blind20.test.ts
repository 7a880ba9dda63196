/**
 * The twentieth blind corpus (test/corpus/blind20/*.yaml): a labelled set written blind — without
 * reading the extractor, the pack's facts and vocabulary files, any other labelled case or any
 * extraction output — from the reports of bodies that enforce the law (综合执法, 城管, 市场监管,
 * 生态环境, 交通, 应急, 自然资源, 农业农村, 卫健, 公安, towns' 综合执法队). Same format and scorer as
 * unseen.test.ts (see test/corpus/README.md), including the `distractor` phenomenon. The thresholds are
 * a provisional floor, to be restated after the first measurement; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('twentieth blind corpus', 'test/corpus/blind20', { minCases: 90, minPrecision: 0.8, minRecall: 0.7 });
