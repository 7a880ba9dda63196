/**
 * The sixty-third blind corpus (test/corpus/blind63/*.yaml): 36 whole reports of towns, 乡 (some 民族乡) and 街道办事处
 * speaking of their villages and communities, written without reading the extractor, the pack's files, any other
 * labelled case or any extraction output (see test/corpus/README.md). The floors are placeholders until the set is
 * measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('sixty-third blind corpus', 'test/corpus/blind63', {
  minCases: 33,
  minPrecision: 0.8,
  minRecall: 0.7,
});
