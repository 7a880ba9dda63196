/**
 * The eighty-fourth blind corpus (test/corpus/blind84/*.yaml): whole 2025 (and a few 2024) reports of one fictional
 * central county's small departments, towns, 乡 and a street, written plainly and not always well by their clerks
 * (run-on sentences, mixed punctuation, figures in brackets, tables pasted as lines, approximate figures). Written
 * without reading the extractor, its cue vocabulary or any other labelled case. Same format and scorer as the other
 * blind sets (see test/corpus/README.md). The thresholds are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('eighty-fourth blind corpus', 'test/corpus/blind84', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
