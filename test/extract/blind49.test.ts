/**
 * The forty-ninth blind corpus (test/corpus/blind49/*.yaml): excerpts of three to ten lines on 行政复议 and 行政诉讼 —
 * applications received, accepted, concluded and corrected, suits won and lost, the head appearing in court — written
 * blind like the sets before it (see test/corpus/README.md). Same format and scorer as unseen.test.ts. The floors are
 * placeholders until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('forty-ninth blind corpus', 'test/corpus/blind49', {
  minCases: 125,
  minPrecision: 0.8,
  minRecall: 0.7,
});
