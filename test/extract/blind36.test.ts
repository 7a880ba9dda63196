/**
 * The thirty-sixth blind corpus (test/corpus/blind36/*.yaml): one prefecture-level city's round —
 * whole reports of the fictional 霁州市's departments, its government and 司法局, four of its
 * districts and counties with some of their bodies, and five documents that are not annual
 * reports — written without reading the extractor, its cue vocabulary or any other labelled case
 * (see test/corpus/README.md). The thresholds are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('thirty-sixth blind corpus', 'test/corpus/blind36', {
  minCases: 38,
  minPrecision: 0.8,
  minRecall: 0.7,
});
