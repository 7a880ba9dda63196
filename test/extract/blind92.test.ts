/**
 * The ninety-second blind corpus (test/corpus/blind92/*.yaml): excerpts aimed at statements about other bodies than
 * the reporter, as real reports mix them in — a county's 司法局, 依法治县办 or government summarising its towns and
 * departments (rankings, 考核 scores, units 通报批评 or 约谈, 督察 of others), a department describing its subordinate
 * units, the city bureau above it, the county government or a court, a town describing the county's teams stationed
 * in it, joint activities with partners — beside the reporter's own figures, written without reading the extractor,
 * its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors sit below the set's measured figures.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.2 / 95.2 (precision / recall %) at 45b9ef8, before its failures were read; 98.2 / 95.2 after the
// stop's mends (stop 32)

describeBlindSet('ninety-second blind corpus', 'test/corpus/blind92', {
  minCases: 128,
  minPrecision: 0.97,
  minRecall: 0.93,
});
