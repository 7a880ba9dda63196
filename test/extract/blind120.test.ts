/**
 * The hundred-and-twentieth blind corpus (test/corpus/blind120/*.yaml): 30 whole reports whose facts come wrapped in
 * negation and unfinished states in new wordings — 暂未 / 尚未 / 从未 / 未能如期 / 不再 / 无需, 尚在…中 / 正在推进 / 仍在办理 /
 * 有待完成, double negation (没有不…的, 没有一个不…, 无一不…, 无一例外, 不是没有, 不存在未经…), negation of a part (未全部,
 * 没有完全, 不是所有, 并非全部), denials in the shortcomings part of things the year's account claims, and 免于处罚 / 不予受理 /
 * 未予受理 / 不予立案 lookalikes — written without reading the extractor, its vocabulary or any other labelled case. Labels
 * are what the report states as a reader reads it whole. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors sit below the set's measured figures.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.3 / 96.1 (precision / recall %) at fde7de9, before its failures were read; 99.4 / 96.2 after
// the stop's mends (stop 34)

describeBlindSet('hundred-and-twentieth blind corpus', 'test/corpus/blind120', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.94,
});
