/**
 * The fifty-seventh blind corpus (test/corpus/blind57/*.yaml): 30 whole reports of county, district and 县级市
 * governments, their 司法局s and township governments, written without reading the extractor, the pack's files,
 * any other labelled case or any extraction output (see test/corpus/README.md). The floors are placeholders
 * until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('fifty-seventh blind corpus', 'test/corpus/blind57', {
  minCases: 27,
  minPrecision: 0.8,
  minRecall: 0.7,
});
