/**
 * The sixty-fifth blind corpus (test/corpus/blind65/*.yaml): 36 whole 2025 reports of two districts' bureaus, their
 * governments and 司法局s, written without reading the extractor, its cue vocabulary or any other labelled case (see
 * test/corpus/README.md, "The sixty-fifth blind set"). Same format and scorer as the other blind sets; the floors are
 * placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('sixty-fifth blind corpus', 'test/corpus/blind65', {
  minCases: 32,
  minPrecision: 0.8,
  minRecall: 0.7,
});
