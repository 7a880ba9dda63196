/**
 * The seventy-seventh blind corpus (test/corpus/blind77/*.yaml): 132 excerpts on normative documents, major
 * decisions, legal advisers and legality review, written without reading the extractor, its cue vocabulary, the
 * other labelled sets or any extraction output (see test/corpus/README.md). The floors are placeholders until
 * the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('seventy-seventh blind corpus', 'test/corpus/blind77', {
  minCases: 128,
  minPrecision: 0.8,
  minRecall: 0.7,
});
