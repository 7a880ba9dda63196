/**
 * The eightieth blind corpus (test/corpus/blind80/*.yaml): excerpts on how a report says a fact did not
 * happen, not yet, only partly, or does not apply — and the look-alikes where the words appear but the
 * fact did happen — written without reading the extractor, its cue vocabulary or any other labelled case.
 * Same format and scorer as the other blind sets (see test/corpus/README.md). The floors sit below the set's measured figures; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.8 / 94.4 (precision / recall %) at 07edd5d, before its failures were read; 99.9 / 94.3 after the stop's
// mends (stop 31)

describeBlindSet('eightieth blind corpus', 'test/corpus/blind80', {
  minCases: 128,
  minPrecision: 0.98,
  minRecall: 0.92,
});
