/**
 * The three hundred and ninety-third blind corpus (test/corpus/blind393/*.yaml): 30 whole reports that lean on **bounds
 * and approximations** — lower bounds on counts (余, 逾, 超过, 多, 以上, 不少于), approximations (约, 左右, 近), upper bounds
 * (以内, 以下, 不超过, 不足, 不到), ranges (3至5场, 2—3次, 50至80人), floors written as targets (不少于 / 不低于 in a plan, a
 * 要求 or a 考核目标) beside floors written as results, and rates given as 不低于 or N%以上 — written without reading the
 * extractor, its vocabulary or any other labelled case. Labels: 余 / 逾 / 超过 / 多 / 约 / 左右 take the stated figure, 近
 * and N以上 are left open, an upper bound gives no value, a range per month or per event gives no year's count and a
 * range of the year's total is left open, a target is no result. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('three hundred and ninety-third blind corpus', 'test/corpus/blind393', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
