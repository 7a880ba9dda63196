/**
 * The six-hundred-and-seventeenth blind corpus (test/corpus/blind617/*.yaml): 30 whole reports on law popularization,
 * public legal services and people's mediation whose figures are large and approximate — 1.2万余场次, 1.05万件, 2.3万余人次,
 * 近2900场次, 约1,650场次, 超过1400件, 一千二百余场次, 百分之九十九点二, full-width ３２场次, ranges (2至3场, 3—5场, 580至600件) beside
 * their totals, totals beside their parts (其中…, bracketed parts that do not add up), tiers stated apart (镇调委会…；各村调委会…)
 * and 亿 sums that are no count (挽回经济损失约1.06亿元, 阅读量突破1.1亿人次). Bodies: 司法局s, county and district
 * governments, departments (市场监管, 人社, 卫健, 公安, 民政, 农业农村, 教育, 交通运输), towns, a 乡 and streets. Traps:
 * other bodies' mediation (劳动争议, 诉前调解, 消费纠纷, 治安调解, 土地承包仲裁), other hotlines (12333, 12328, 12345), the
 * region's figures quoted in a department's or a town's report, cumulative totals beside the year's, last year's figures
 * and plans. Written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as
 * the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.5 / 97.7 (precision / recall %) at 4640023, before its failures were read; 99.7 / 97.9 after
// the stop's mends (stop 46)

describeBlindSet('six hundred and seventeenth blind corpus', 'test/corpus/blind617', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
