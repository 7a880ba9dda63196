/**
 * The hundred-and-fifth blind corpus (test/corpus/blind105/*.yaml): excerpts where what a figure counts, or whose it
 * is, is said in another sentence — references back (该局, 该中心, 上述案件, 前述问题, 以上数据, 此类案件, 这些问题, 同期), a
 * subject named in one sentence and its figures in the next, 此外 / 另有 / 另外 / 同时 adding a figure or setting one
 * apart, 其中 opening a new sentence, a total after its parts, and another body's figures between the reporter's —
 * written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the
 * other blind sets (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('hundred-and-fifth blind corpus', 'test/corpus/blind105', {
  minCases: 128,
  minPrecision: 0.8,
  minRecall: 0.7,
});
