/**
 * The sixty-fourth blind corpus (test/corpus/blind64/*.yaml): excerpts on the leader's duty — meetings that study rule of
 * law, the 理论学习中心组's study, 述法 and the first responsible person — written blind like the sets before it (see
 * test/corpus/README.md). The floors are placeholders until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('sixty-fourth blind corpus', 'test/corpus/blind64', {
  minCases: 125,
  minPrecision: 0.8,
  minRecall: 0.7,
});
