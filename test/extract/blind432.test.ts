/**
 * The four-hundred-and-thirty-second blind corpus (test/corpus/blind432/*.yaml): 30 whole reports that count the
 * leadership's meetings and study in several ways — 常务会议, 党组（党委）会议, 专题会议, the 理论学习中心组 and 会前学法 — written without
 * reading the extractor, its vocabulary or any other labelled case. Meetings that studied rule of law among other
 * matters, meetings named only by ordinal (第3次常务会议), meetings of different bodies (县委常委会 beside the 县政府常务会议, a 党组
 * beside a 局务会), centre-group study beside 会前学法 and staff study, and totals told with their parts (其中) are labelled as
 * a careful assessor reads them. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors
 * sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.8 / 97.4 (precision / recall %) at 52869c7a, before its failures were read; 98.9 / 97.5 after
// the stop's mends (stop 42)
// measured blind 98.8 / 97.4 (precision / recall %) at 52869c7a, before its failures were read; 98.9 / 97.5 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and thirty-second blind corpus', 'test/corpus/blind432', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.95,
});
