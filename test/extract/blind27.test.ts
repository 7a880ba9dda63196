/**
 * The twenty-seventh blind corpus (test/corpus/blind27/*.yaml): a labelled set written blind (without
 * reading the extractor, its cue vocabulary, any other labelled case or extraction output) of short
 * excerpts where the claim is hard to read — denials in another clause, targets beside results, two
 * years in one sentence, several bodies' figures, zeros, numerals, headings, metadata, document types
 * — for 2024 and 2025, plus distractors of other fields. Same format and scorer as the other sets
 * (see test/corpus/README.md). The floors are placeholders until the set is measured; the printed
 * figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('twenty-seventh blind corpus', 'test/corpus/blind27', {
  minCases: 150,
  minPrecision: 0.8,
  minRecall: 0.7,
});
