/**
 * The four hundred and fifty-second blind corpus (test/corpus/blind452/*.yaml): 30 whole reports in which the principal
 * head's own duties are told beside the body's work and the region's — a 县长, 区长, 镇长, 乡长, 街道党工委书记, 局长 or 主任
 * studying law (at the body's own centre group, at the 县委's, before a 常务会议), chairing meetings on rule of law,
 * stating law in the year-end 述职 (or not, or only to the 人大), and appearing in court, with the head's own counts
 * (县长出庭1件, 局长出庭2件) beside the body's and the region's — in 司法局s', governments', towns', streets' and
 * departments' reports, written without reading the extractor, its vocabulary or any other labelled case. Labels are
 * the reporting body's by its role: a government takes the region's, a department or town its own, a 司法局 the
 * region's. Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.3 / 97.8 (precision / recall %) at 92721381, before its failures were read; 99.3 / 97.8 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and fifty-second blind corpus', 'test/corpus/blind452', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
