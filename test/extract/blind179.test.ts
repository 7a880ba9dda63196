/**
 * The hundred-and-seventy-ninth blind corpus (test/corpus/blind179/*.yaml): 30 whole reports about what was not done,
 * partly done and done — negations and partial achievement in varied wording (尚未, 未能, 仍有…未, 不足, 只有…部分, 基本实现,
 * 除…外均, 推迟, 暂缓, 至今尚未), double negations (无一人未述法, 没有一件未经合法性审查, 并非没有败诉案件, 没有哪一项不公示) and denials
 * about other bodies beside the reporter's own results (the county's 述法 gaps in a department's report, villages' and
 * hospitals' advisers, a 巡察's open problem beside a 考评's closed ones, firms' 约谈, arbitration's 调解结案) — written
 * without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind
 * sets (see test/corpus/README.md). The floors are set low until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 97.5 / 95.7 (precision / recall %) at a5b790b, before its failures were read; 98.2 / 96.1 after
// the stop's mends (stop 37)
describeBlindSet('hundred-and-seventy-ninth blind corpus', 'test/corpus/blind179', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.94,
});
