/**
 * The eighty-eighth blind corpus (test/corpus/blind88/*.yaml): 30 whole reports (25 of 2025, five of 2024) of county and
 * district governments and county and district 司法局s in thirteen fictional places, the reports a rule-of-law office
 * assesses most closely: the region's figures (全县 / 全区) beside the 县政府本级's, the departments', the towns', the
 * bureau's own office's, the city's, last year's and next year's. Written without reading the extractor, its vocabulary
 * or any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors sit
 * below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.5 / 95.8 (precision / recall %) at 2d2235c, before its failures were read; 99.9 / 96.3 after the
// stop's mends (stop 32)

describeBlindSet('eighty-eighth blind corpus', 'test/corpus/blind88', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.93,
});
