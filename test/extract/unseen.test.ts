/**
 * The unseen corpus (test/corpus/unseen/*.yaml): a third labelled set, written without reading
 * the development corpus, the held-out set, the extractor or its cue vocabulary, to give an honest
 * generalisation figure. Same format and scorer as holdout.test.ts (see test/corpus/README.md),
 * including the `distractor` phenomenon. The thresholds are only a floor for unseen text; the
 * printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('unseen corpus', 'test/corpus/unseen', { minCases: 60, minPrecision: 0.98, minRecall: 0.9 });
