/**
 * The eighteenth blind set (test/corpus/blind18/*.yaml): a labelled set written without reading the
 * extractor, its cue vocabulary, any other labelled case or any extraction output, to give an honest
 * figure for wording nobody tuned the extractor for. Same format and scorer as unseen.test.ts (see
 * test/corpus/README.md), including the `distractor` phenomenon. The thresholds are a provisional
 * floor, to be restated once the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('eighteenth blind set', 'test/corpus/blind18', { minCases: 90, minPrecision: 0.8, minRecall: 0.7 });
