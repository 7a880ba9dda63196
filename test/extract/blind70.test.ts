/**
 * The seventieth blind corpus (test/corpus/blind70/*.yaml): 36 whole documents of one county's 2025
 * round (苍峪县: 21 departments, the 县人民政府, the 县司法局, ten towns and 乡, a 工作要点, a 述职述法报告
 * and a half-year 工作总结) as copied from its government website, written without reading the
 * extractor, the pack's files or any other labelled case. Same format and scorer as the other blind
 * sets (see test/corpus/README.md). The floors sit below the set's measured figures; the printed
 * figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.1 / 93.2 before its failures were read (at c11f959; 98.6 / 93.0 at the session-start build 32401b8); mends drawn from it after

describeBlindSet('seventieth blind corpus', 'test/corpus/blind70', {
  minCases: 33,
  minPrecision: 0.97,
  minRecall: 0.91,
});
