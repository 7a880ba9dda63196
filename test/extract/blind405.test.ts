/**
 * The four-hundred-and-fifth blind corpus (test/corpus/blind405/*.yaml): 30 whole reports whose figures sit in
 * plain-text tables pasted from spreadsheets — a header row naming the columns (项目|2023年|2024年, 年度｜受理｜办结, 层级 受理 成功率, 项目
 * | 全区 | 本街道, 计划 / 完成, 项目 | 数值 | 备注) over rows that are tiers, years or kinds; cells parted by tabs, bars, full-width
 * bars, runs of half- and full-width spaces or markdown pipes; tables restating the prose, 合计 rows over kinds and tiers
 * (taken) and over years (not), 增减 rows and columns, other years' rows and columns, the region's column beside the
 * reporter's own, and a bare two-figure row with no header — written without reading the extractor, its vocabulary or
 * any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors sit
 * below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.2 / 89.9 (precision / recall %) at f9a489e9, before its failures were read; 99.2 / 89.9 after
// the stop's mends (stop 42)
// measured blind 99.2 / 89.9 (precision / recall %) at f9a489e9, before its failures were read; 99.2 / 89.9 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and fifth blind corpus', 'test/corpus/blind405', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.87,
});
