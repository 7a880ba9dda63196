/**
 * The four-hundred-and-thirtieth blind corpus (test/corpus/blind430/*.yaml): 30 whole reports on 普法 in villages and
 * communities — 法律明白人 trained this year beside the running stock (在册, 累计, 现有, 八五 totals), per-village floors and
 * averages, two year-end stocks, 人次 of training, 法律明白人 and 学法用法示范户 in one figure, 民主法治示范村 created and reviewed, and
 * 法治宣传 activities counted by the reporter, by its villages or communities, by schools and by the 司法所 — as 司法局s, county
 * and district governments, towns, 乡, streets and departments write them, written without reading the extractor, its
 * vocabulary or any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.1 / 97.6 (precision / recall %) at a9645ecb, before its failures were read; 99.3 / 97.7 after
// the stop's mends (stop 42)
// measured blind 99.1 / 97.6 (precision / recall %) at a9645ecb, before its failures were read; 99.3 / 97.7 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and thirtieth blind corpus', 'test/corpus/blind430', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
