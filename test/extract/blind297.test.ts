/**
 * The two-hundred-and-ninety-seventh blind corpus (test/corpus/blind297/*.yaml): 30 whole reports whose figures are
 * partly for part of the year and partly for the whole year or only estimated — 1—11月 and 截至11月底 work summaries with
 * 预计全年 beside them, titled annual reports written in December that mix 全年 figures with 截至11月底 ones, 前三季度 / 上半年 / 四季度
 * parts inside a year's figure, quarterly tables with a 全年 column, parts told apart with no total, half-year summaries
 * with their 下半年 plans, and rates estimated for the year beside part-year counts — written without reading the
 * extractor, its vocabulary or any other labelled case. Labels: the year's figure where told, else the part-year figure
 * told; an estimate (预计, 按…测算, 年度目标) is never a value. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.3 / 95.0 (precision / recall %) at 99ffb985, before its failures were read; 98.3 / 95.0 after
// the stop's mends (stop 39)
describeBlindSet('two hundred and ninety-seventh blind corpus', 'test/corpus/blind297', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.92,
});
