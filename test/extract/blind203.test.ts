/**
 * The two-hundred-and-third blind corpus (test/corpus/blind203/*.yaml): 30 whole reports whose figures are written the
 * way officials write them — Chinese numerals of every size (十一, 两百零三, 一千二百零五, 两万零四百一十六, 一万零三百),
 * 万 and 千 units (1.2万, 3千余, 0.96万, a table row's 万次), approximations (余, 多, 约, 超过, 逾, 以上, 左右 taken as the
 * figure written; 近 left open), ranges (三四十场, 20至30卷 per office beside a total, 60至80人 per session, 2至3小时,
 * 11月至12月), ordinals that are no counts (第三季度, 第二批, 第十二次、第二十七次常务会议, 第二次全体会议, “八五”, 第二十四个),
 * and dates that look like counts (3·15, 4·22, 6·26, 12月4日, 二〇二五年一月二十日, 文号) — written without reading the
 * extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.8 / 95.9 (precision / recall %) at 8325b04, before its failures were read; 99.8 / 95.9 after
// the stop's mends (stop 37)
describeBlindSet('two-hundred-and-third blind corpus', 'test/corpus/blind203', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.93,
});
