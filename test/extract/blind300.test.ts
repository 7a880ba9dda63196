/**
 * The three hundredth blind corpus (test/corpus/blind300/*.yaml): 30 whole reports whose tables, forms and colon lists
 * carry zeros and nones — 0, —, /, 无, 暂无, an empty cell, 空白, 未发生, 不适用, 不涉及 — beside rows and sentences with real
 * figures, written without reading the extractor, its vocabulary or any other labelled case. Labels say what each mark
 * states of the fact: a 0, 无 or 未发生 of the year's own cases is a count of 0; a — or / cell, an empty cell and a 不适用
 * rate state nothing; a rate written over a stated 0 base is its zero base; others' nones zero nothing. Same format and
 * scorer as the other blind sets (see test/corpus/README.md). The floors sit below the measured figures given beside
 * them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.3 / 95.5 (precision / recall %) at 4f5ff1e7, before its failures were read; 99.3 / 95.5 after
// the stop's mends (stop 39)
describeBlindSet('three hundredth blind corpus', 'test/corpus/blind300', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.93,
});
