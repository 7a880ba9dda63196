/**
 * The thirty-first blind corpus (test/corpus/blind31/*.yaml): excerpts of 3–12 lines as officials write them, several
 * facts each, written blind — without reading the extractor, its cue vocabulary, any other labelled case or any
 * extraction output. Same format and scorer as the other blind sets (see test/corpus/README.md), including the
 * `distractor` phenomenon. The floors are placeholders until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('thirty-first blind corpus', 'test/corpus/blind31', {
  minCases: 140,
  minPrecision: 0.8,
  minRecall: 0.7,
});
