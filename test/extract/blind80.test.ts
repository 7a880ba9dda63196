/**
 * The eightieth blind corpus (test/corpus/blind80/*.yaml): excerpts on how a report says a fact did not
 * happen, not yet, only partly, or does not apply — and the look-alikes where the words appear but the
 * fact did happen — written without reading the extractor, its cue vocabulary or any other labelled case.
 * Same format and scorer as the other blind sets (see test/corpus/README.md). The floors are placeholders
 * until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('eightieth blind corpus', 'test/corpus/blind80', { minCases: 128, minPrecision: 0.8, minRecall: 0.7 });
