/**
 * The three hundred and forty-fourth blind corpus (test/corpus/blind344/*.yaml): 30 whole reports whose figures are
 * written every way a Chinese report writes them — Chinese numerals (二十三件, 一百零五场, 一千二百零八件), approximate
 * figures (二十余场, 三十多名, 十余次, 约一百二十卷, 三次以上, and the no-figures 近百场, 近千件, 三十来场), 万 (1.2万人次,
 * 二点一万次, 0.32万人次, 1.05万次), rates in words (百分之九十八点五, 百分之百, 百分之一百), full-width digits with full-width
 * commas, points and ％, ranges (八至十场, 五至六场, 40—45场次, 每场20—30人) and upper-case numerals (贰佰叁拾件, 壹拾贰次) — for every kind of
 * fact, in reports of 司法局s, governments, towns, streets, a 乡 and departments, written without reading the extractor,
 * its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.3 / 95.6 (precision / recall %) at 28d50bf8, before its failures were read; 99.3 / 95.6 after
// the stop's mends (stop 40)
describeBlindSet('three hundred and forty-fourth blind corpus', 'test/corpus/blind344', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.93,
});
