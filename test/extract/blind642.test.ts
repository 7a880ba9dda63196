/**
 * The six-hundred-and-forty-second blind corpus (test/corpus/blind642/*.yaml): 30 whole reports on part-year and early
 * reporting — half-year summaries (上半年, 1—6月, 截至6月底 / 6月30日), three-quarter summaries (前三季度, 1—9月, 截至9月底,
 * a quarter's 7—9月), reports written in November whose figures stop at 10月底 or 11月20日 (截至目前, 统计至10月底, 1—11月), and
 * full-year reports (1—12月, 截至2024年底, 截至12月底) that mention a half-year figure beside the year's (其中上半年78件, 上半年为94%
 * …全年达到100%, 半年小结时为十场次, a 项目｜上半年｜全年 table, halves stated apart: 上半年4场、下半年3场) — by 司法局s, county and
 * district governments, departments of every kind (市场监管, 卫健, 人社, 交通, 应急, 住建, 自然资源, 教育, 城管, 农业农村,
 * 退役军人), towns, a 乡 and streets. Traps: 上年同期 and 2024年全年 figures, 预计全年 estimates, 下半年 / 第四季度 targets,
 * cumulative counts beside the year's new ones, the county's rates in a department's report, and 调解 by bodies that are no
 * people's mediation committees. Written without reading the extractor, its vocabulary or any other labelled case. Same
 * format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.3 / 96.3 (precision / recall %) at 8b390e1, before its failures were read; 99.3 / 96.3 after
// the stop's mends (stop 46)

describeBlindSet('six-hundred-and-forty-second blind corpus', 'test/corpus/blind642', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.94,
});
