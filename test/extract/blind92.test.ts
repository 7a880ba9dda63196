/**
 * The ninety-second blind corpus (test/corpus/blind92/*.yaml): excerpts aimed at statements about other bodies than
 * the reporter, as real reports mix them in — a county's 司法局, 依法治县办 or government summarising its towns and
 * departments (rankings, 考核 scores, units 通报批评 or 约谈, 督察 of others), a department describing its subordinate
 * units, the city bureau above it, the county government or a court, a town describing the county's teams stationed
 * in it, joint activities with partners — beside the reporter's own figures, written without reading the extractor,
 * its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('ninety-second blind corpus', 'test/corpus/blind92', {
  minCases: 128,
  minPrecision: 0.8,
  minRecall: 0.7,
});
