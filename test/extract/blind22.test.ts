/**
 * The twenty-second blind set (test/corpus/blind22/*.yaml): whole county-level reports of 2024 and
 * 2025 and documents of other fields, written blind — without reading the extractor, its cue
 * vocabulary, any other labelled case or any extraction output — to give an honest figure for
 * wording nobody tuned for. Same format and scorer as the other sets (see test/corpus/README.md),
 * including the `distractor` phenomenon. The thresholds are only a floor; the printed figures are
 * what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('twenty-second blind corpus', 'test/corpus/blind22', {
  minCases: 45,
  minPrecision: 0.8,
  minRecall: 0.7,
});
