/**
 * The twenty-third blind corpus (test/corpus/blind23/*.yaml): a labelled set written blind — its
 * author read neither the extractor, its cue vocabulary, any other labelled case nor any extraction
 * output — to give an honest figure on wording nobody tuned for. It leans on how figures are
 * qualified (bounds, approximations, changes, shares, totals and parts). Same format and scorer as
 * unseen.test.ts (see test/corpus/README.md), including the `distractor` phenomenon. The thresholds
 * are only a floor, to be restated by the lead after measuring; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('blind23 corpus', 'test/corpus/blind23', { minCases: 90, minPrecision: 0.8, minRecall: 0.7 });
