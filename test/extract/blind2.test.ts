/**
 * The second blind corpus (test/corpus/blind2/*.yaml): a fifth labelled set, written without
 * reading the extractor, its cue vocabulary, the other labelled sets or any extraction output, so
 * that it measures extraction on wording nobody tuned it for. Same format and scorer as
 * blind.test.ts (see test/corpus/README.md), including the `distractor` phenomenon. The
 * thresholds are a provisional floor, to be restated once the set has been measured; the printed
 * figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('second blind corpus', 'test/corpus/blind2', { minCases: 90, minPrecision: 0.8, minRecall: 0.7 });
