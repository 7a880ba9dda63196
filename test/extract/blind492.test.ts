/**
 * The four-hundred-and-ninety-second blind corpus (test/corpus/blind492/*.yaml): 30 whole reports of county and district
 * governments, 司法局s, departments and townships written to a provincial template — 一、20xx年度推进法治政府建设的主要举措和成效
 * / 二、党政主要负责人履行推进法治建设第一责任人职责情况 / 三、存在的不足和原因 / 四、上年度问题整改情况 / 五、下一年度推进法治政府建设的主要安排,
 * each with numbered sub-items and dense figures — kept faithfully by some reports and loosened by others (parts merged,
 * renamed, unnumbered, a 整改 sub-part under part 一, part 四 dropped, a work summary to 11月底, a year-headed table before
 * the parts). Figures in counts with rates, Chinese numerals, full-width digits, 余 and 万, brackets and ratios; traps in
 * other years' figures, next-year targets, other bodies' figures, 巡察 and 隐患 rectification, 医调委 and arbitration cases.
 * Written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other
 * blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.4 / 96.6 (precision / recall %) at d90cd39, before its failures were read; 99.4 / 97.0 after
// the stop's mends (stop 43)

describeBlindSet('four hundred and ninety-second blind corpus', 'test/corpus/blind492', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
