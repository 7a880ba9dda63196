/**
 * The sixty-ninth blind corpus (test/corpus/blind69/*.yaml): 24 whole reports of county, district, 县级市 and 旗
 * governments for 2025 (five for 2024), long and full of figures of the region, the government itself, its
 * departments and towns, written without reading the extractor, its cue vocabulary or any other labelled case (see
 * test/corpus/README.md). Same format and scorer as the other blind sets; the floors are placeholders until the set
 * is measured, the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('sixty-ninth blind corpus', 'test/corpus/blind69', {
  minCases: 21,
  minPrecision: 0.8,
  minRecall: 0.7,
});
