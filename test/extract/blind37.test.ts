/**
 * The thirty-seventh blind corpus (test/corpus/blind37/*.yaml): excerpts of three to ten lines
 * aimed at the sentences an assessor reads twice, written without reading the extractor, its cue
 * vocabulary or any other labelled case. Same format and scorer as unseen.test.ts (see
 * test/corpus/README.md), including the `distractor` phenomenon. The thresholds are placeholders
 * until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('thirty-seventh blind corpus', 'test/corpus/blind37', {
  minCases: 128,
  minPrecision: 0.8,
  minRecall: 0.7,
});
