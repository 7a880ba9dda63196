/**
 * The twenty-fifth blind corpus (test/corpus/blind25/*.yaml): a twenty-eighth labelled set, written
 * blind (without reading the extractor, its cue vocabulary, any other labelled case or extraction
 * output), mostly whole reports of rarely seen county departments, towns, streets and minority-area
 * governments for 2024 and 2025, plus distractor documents of other fields. Same format and scorer
 * as the other sets (see test/corpus/README.md). The floors sit under the figures measured
 * blind; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.6 / 90.9 at the session-start build (d43966e), 98.9 / 93.1 before its failures were read (no mend drawn from it)

describeBlindSet('twenty-fifth blind corpus', 'test/corpus/blind25', {
  minCases: 45,
  minPrecision: 0.97,
  minRecall: 0.91,
});
