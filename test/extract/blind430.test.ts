/**
 * The four-hundred-and-thirtieth blind corpus (test/corpus/blind430/*.yaml): 30 whole reports on 普法 in villages and
 * communities — 法律明白人 trained this year beside the running stock (在册, 累计, 现有, 八五 totals), per-village floors and
 * averages, two year-end stocks, 人次 of training, 法律明白人 and 学法用法示范户 in one figure, 民主法治示范村 created and
 * reviewed, and 法治宣传 activities counted by the reporter, by its villages or communities, by schools and by the 司法所 —
 * as 司法局s, county and district governments, towns, 乡, streets and departments write them, written without reading the
 * extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('four hundred and thirtieth blind corpus', 'test/corpus/blind430', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
