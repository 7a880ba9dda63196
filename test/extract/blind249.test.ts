/**
 * The two hundred and forty-ninth blind corpus (test/corpus/blind249/*.yaml): 30 whole reports whose figures stand in
 * brackets or after colons — 行政复议案件（12件）, 培训：3期、210人次, 纠错率：8.3%, （其中：撤销2件、确认违法1件）, 分别为2次、3次,
 * ——收案：96件, a bracketed 上年 or 全县 figure beside the year's or the reporter's own — mixed with ordinary prose figures in
 * the same report, written without reading the extractor, its vocabulary or any other labelled case. Labels are what the
 * report states as a reader reads it whole: a bracket that names another year, another body or a part (其中, 含) gives
 * no value of its own. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors are
 * placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('two hundred and forty-ninth blind corpus', 'test/corpus/blind249', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
