/**
 * The twenty-ninth blind corpus (test/corpus/blind29/*.yaml): excerpts of 3–10 lines, written blind after this
 * session's mends — without reading the extractor, its cue vocabulary, any other labelled case or any extraction
 * output. Same format and scorer as the other blind sets (see test/corpus/README.md), including the `distractor`
 * phenomenon. The floors are placeholders until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('twenty-ninth blind corpus', 'test/corpus/blind29', {
  minCases: 125,
  minPrecision: 0.8,
  minRecall: 0.7,
});
