/**
 * The twenty-fourth blind corpus (test/corpus/blind24/*.yaml): a twenty-seventh labelled set, written without
 * reading the extractor, the pack's facts and vocabulary files, any other labelled case or any extraction output,
 * in the mix a county's 依法治办 receives in one assessment round (departments, towns and streets, the government
 * and its 司法局, vertical bureaus and a development zone). Same format and scorer as the other blind sets (see
 * test/corpus/README.md), including the `distractor` phenomenon. The thresholds are placeholders until the lead
 * has measured the set; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('blind24 corpus', 'test/corpus/blind24', { minCases: 90, minPrecision: 0.8, minRecall: 0.7 });
