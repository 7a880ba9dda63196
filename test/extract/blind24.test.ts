/**
 * The twenty-fourth blind corpus (test/corpus/blind24/*.yaml): a twenty-seventh labelled set, written without
 * reading the extractor, the pack's facts and vocabulary files, any other labelled case or any extraction output,
 * in the mix a county's 依法治办 receives in one assessment round (departments, towns and streets, the government
 * and its 司法局, vertical bureaus and a development zone). Same format and scorer as the other blind sets (see
 * test/corpus/README.md), including the `distractor` phenomenon. The floors sit under the figures measured after
 * its mends; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.5 / 92.1 at the session-start build (d43966e), 98.4 / 94.1 before its failures were read; 98.8 / 94.4 after the mends

describeBlindSet('blind24 corpus', 'test/corpus/blind24', { minCases: 90, minPrecision: 0.97, minRecall: 0.92 });
