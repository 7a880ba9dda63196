/**
 * The sixty-eighth blind corpus (test/corpus/blind68/*.yaml): excerpts whose sentences carry several
 * figures for several scopes or kinds at once (分别为, enumerations, 全县…其中本级…, 本局…全县…, shares,
 * totals and parts, two years, rates with their counts, ranges, 各… per body, figures in brackets),
 * written blind like the sets before it. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors sit below the set's measured figures; the printed
 * figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.5 / 92.1 before its failures were read (at 317f995; 98.5 / 92.1 at the session-start build 32401b8); mends drawn from it after

describeBlindSet('sixty-eighth blind corpus', 'test/corpus/blind68', {
  minCases: 128,
  minPrecision: 0.97,
  minRecall: 0.9,
});
