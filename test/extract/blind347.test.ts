/**
 * The three hundred and forty-seventh blind corpus (test/corpus/blind347/*.yaml): 30 whole reports that end with
 * attachments — 附件1 a data table of the year (项目｜2024年, 指标｜目标值｜完成值, 2025年完成｜2026年目标, 全县｜本局 / 本镇 / 本街道, 全区｜区政府本级, rows
 * with units), 附件2 next year's task list with figures (不少于1500人次, 100%, 400名) and 附表 of indicators — and reports whose
 * plan part lists numbered targets with figures (目标1：…, （一）…不少于…) — written without reading the extractor, its
 * vocabulary or any other labelled case. Labels are the year's results as a reader reads them: the target columns, the
 * next year's columns, the task lists and the plan parts are no values. Same format and scorer as the other blind sets
 * (see test/corpus/README.md). The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 97.8 / 93.7 (precision / recall %) at 41b862d5, before its failures were read; 98.1 / 93.7 after
// the stop's mends (stop 40)
describeBlindSet('three hundred and forty-seventh blind corpus', 'test/corpus/blind347', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.91,
});
