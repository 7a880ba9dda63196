/**
 * The two hundred and twenty-second blind corpus (test/corpus/blind222/*.yaml): 30 whole reports as they arrive pasted
 * from a word processor, whose figures ride on lists — 1. 2. 3. items (nested 1. inside 5., a list run on one line),
 * (1) （２） ⑴ items, ①②③ on lines of their own and inside a sentence, ● ■ ◆ · - bullets, and lists nested inside 一、
 * parts with (一) sub-parts — with list numbers set right before figures, cues and 12348, kinds of one thing listed with
 * their own figures, 此外 items, 上年 and 2024年 items beside the year's, plans as list items under 下一步, and
 * another body's or the region's items beside the reporter's — written without reading the extractor, its vocabulary or
 * any other labelled case. List numbers and bullets are no values. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.0 / 97.0 (precision / recall %) at 087afe9b, before its failures were read; 99.0 / 97.0 after
// the stop's mends (stop 38)
describeBlindSet('two hundred and twenty-second blind corpus', 'test/corpus/blind222', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.94,
});
