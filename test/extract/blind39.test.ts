/**
 * The thirty-ninth blind corpus (test/corpus/blind39/*.yaml): excerpts aimed at how reports state counts — a total
 * and its parts, kinds listed with a figure each, 场次 beside 人次, stages (受理 / 审结 / 成功), running totals beside the
 * year's part, several bodies side by side, a count with its rate, tables written as lines, counts in words or
 * approximated, and the same words in other fields — written without reading the extractor, its cue vocabulary or any
 * other labelled case (see test/corpus/README.md). Same format and scorer as unseen.test.ts, including the `distractor`
 * phenomenon. The floors are placeholders until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('thirty-ninth blind corpus', 'test/corpus/blind39', {
  minCases: 128,
  minPrecision: 0.8,
  minRecall: 0.7,
});
