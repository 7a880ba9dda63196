/**
 * The six-hundred-and-seventy-fifth blind corpus (test/corpus/blind675/*.yaml): 30 whole reports, most of them county
 * and district governments' 2025 reports in the last year of the 十四五 plan, whose year figures stand beside five-year
 * totals ("十四五"期间累计…, 五年来累计…, 2021年至2025年累计…, 其中2025年…), cumulative figures since a past year
 * (自2019年…以来累计, 新《行政复议法》施行以来, 截至2025年底累计), the region's figures (全县/全区) beside the government's
 * own (县政府本级, 以县政府为被申请人), and the year's figures told once in a summary paragraph (rounded: 2,100余人次,
 * 600余卷) and again in detail (2,136人次, 612卷); with 司法局s, departments and townships that take their own figure
 * beside the region's and the period's, 全年累计 as the year's own sum, a part-year 工作总结 and Chinese and full-width
 * numerals. Written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer
 * as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.9 / 98.3 (precision / recall %) at 382512b, before its failures were read; 99.8 / 98.3 after
// the stop's mends (stop 47)

describeBlindSet('six-hundred-and-seventy-fifth blind corpus', 'test/corpus/blind675', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.96,
});
