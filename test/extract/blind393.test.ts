/**
 * The three hundred and ninety-third blind corpus (test/corpus/blind393/*.yaml): 30 whole reports that lean on **bounds
 * and approximations** — lower bounds on counts (余, 逾, 超过, 多, 以上, 不少于), approximations (约, 左右, 近), upper bounds (以内,
 * 以下, 不超过, 不足, 不到), ranges (3至5场, 2—3次, 50至80人), Labels: 余 / 逾 / 超过 / 多 / 约 / 左右 take the stated figure, 近 and N以上 are
 * left open, an upper bound gives no value, a range per month or per event gives no year's count and a range of the
 * year's total is left open, a target is no result. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.6 / 97.4 (precision / recall %) at d07a77dd, before its failures were read; 99.6 / 97.4 after
// the stop's mends (stop 41)
describeBlindSet('three hundred and ninety-third blind corpus', 'test/corpus/blind393', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
