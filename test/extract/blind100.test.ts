/**
 * The hundredth blind corpus (test/corpus/blind100/*.yaml): 30 whole reports for 2025, the closing year of the 14th
 * five-year plan, by county and district governments, 司法局s, departments, towns, a 乡 and streets, each mixing the
 * year's own figures with five-year totals and comparisons (“十四五”以来累计, 五年来, 2021年以来…其中2025年, 较2020年, 与
 * “十三五”末相比, 连续五年, 2021—2025年 series and columns, 年均, a 2025年｜“十四五”累计 table) and a next-year part looking
 * to the 15th five-year plan, written without reading the extractor, its vocabulary or any other labelled case. Same
 * format and scorer as the other blind sets (see test/corpus/README.md). The floors sit below the set's measured
 * figures.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.9 / 96.8 (precision / recall %) at 7119083, before its failures were read; 99.4 / 96.7 after
// the stop's mends (stop 33)

describeBlindSet('hundredth blind corpus', 'test/corpus/blind100', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.94,
});
