/**
 * The sixty-first blind corpus (test/corpus/blind61/*.yaml): excerpts of reports aimed at how figures are
 * written (Chinese numerals, 万 / 千, approximate figures, full-width digits, percentages in words, ranges,
 * split figures, figures given twice, sums and 其中 parts, other units beside), written blind like the sets
 * before it (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('sixty-first blind corpus', 'test/corpus/blind61', {
  minCases: 128,
  minPrecision: 0.8,
  minRecall: 0.7,
});
