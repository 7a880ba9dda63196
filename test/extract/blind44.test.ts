/**
 * The forty-fourth blind corpus (test/corpus/blind44/*.yaml): one fictional county's 2024 round of whole reports
 * (county departments, the government, its 司法局, towns and 乡, and four documents that are not annual reports),
 * written as they look after conversion from Word and PDF, without reading the extractor, its cue vocabulary or any
 * other labelled case. Same format and scorer as unseen.test.ts (see test/corpus/README.md), including the
 * `distractor` phenomenon. The floors are placeholders until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('forty-fourth blind corpus', 'test/corpus/blind44', {
  minCases: 42,
  minPrecision: 0.8,
  minRecall: 0.7,
});
