/**
 * The seventy-ninth blind corpus (test/corpus/blind79/*.yaml): 132 excerpts on whose figure it is when the owner was
 * named sentences before (该局, 其, 本级, 系统内, 所属执法大队, joint work), written without reading the extractor, its cue
 * vocabulary, the other labelled sets or any extraction output (see test/corpus/README.md). The floors are placeholders
 * until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('seventy-ninth blind corpus', 'test/corpus/blind79', {
  minCases: 128,
  minPrecision: 0.8,
  minRecall: 0.7,
});
