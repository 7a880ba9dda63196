/**
 * The seventy-sixth blind corpus (test/corpus/blind76/*.yaml): 40 whole reports of the towns, streets and two
 * 管委会 of one fictional eastern county (汀澜县), written without reading the development corpus, the other labelled
 * sets, the extractor or its cue vocabulary. Same format and scorer as unseen.test.ts (see test/corpus/README.md),
 * including the `distractor` phenomenon. The thresholds are placeholder floors until the set is measured; the printed
 * figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('seventy-sixth blind corpus', 'test/corpus/blind76', {
  minCases: 36,
  minPrecision: 0.8,
  minRecall: 0.7,
});
