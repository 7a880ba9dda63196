/**
 * The two-hundred-and-nineteenth blind corpus (test/corpus/blind219/*.yaml): 30 whole reports — 司法局s, county and
 * district governments, towns, a 乡, streets and departments of many kinds, years 2024 and 2025 — whose figures are
 * mostly approximate or bounded: 余, 多, 逾, 超过, 以上, 不少于, 多于 (lower bounds), 约, 左右 (approximations), 近 (an
 * approximation from above), and upper bounds (不到, 不足, 不超过, 以内) beside plans with bounds (计划…不少于…) and
 * bounded rates (98%以上, 超过90%) — written without reading the extractor, its vocabulary or any other labelled case.
 * Labels: a lower bound or an approximation on a count takes the stated figure; 近N and a bound on a rate are ignored;
 * an upper bound gives no value. Same format and scorer as the other blind sets (see test/corpus/README.md). The
 * floors are the brief's, set before any measurement.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.4 / 91.5 (precision / recall %) at 2162c58e, before its failures were read; 98.4 / 91.5 after
// the stop's mends (stop 38)
describeBlindSet('two-hundred-and-nineteenth blind corpus', 'test/corpus/blind219', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.89,
});
