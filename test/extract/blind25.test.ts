/**
 * The twenty-fifth blind corpus (test/corpus/blind25/*.yaml): a twenty-eighth labelled set, written
 * blind (without reading the extractor, its cue vocabulary, any other labelled case or extraction
 * output), mostly whole reports of rarely seen county departments, towns, streets and minority-area
 * governments for 2024 and 2025, plus distractor documents of other fields. Same format and scorer
 * as the other sets (see test/corpus/README.md). The floors are placeholders until the set is
 * measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('twenty-fifth blind corpus', 'test/corpus/blind25', {
  minCases: 45,
  minPrecision: 0.8,
  minRecall: 0.7,
});
