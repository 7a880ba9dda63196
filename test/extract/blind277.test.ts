/**
 * The two hundred and seventy-seventh blind corpus (test/corpus/blind277/*.yaml): 30 whole reports whose key figures
 * sit in tables after the prose or after the plan — attached tables (附表, 附件, 附：主要数据表) with unit columns (单位, 计量, units
 * inside the label or the cell), remark columns (备注, 说明) filled in some rows and empty in others, and several year
 * columns (上年｜本年, 2022｜2023｜2024, 2024年｜2025年), written with bars (｜ | ┆ │), tabs or runs of blanks; remarks naming
 * last year's figure, a target, a part, a carried-over count or another body; scope columns (全县｜局机关, 县级｜乡镇｜合计,
 * 全镇｜其中镇本级) — written without reading the extractor, its vocabulary or any other labelled case. Labels are what the
 * report states as a reader reads it whole. Same format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.4 / 79.4 (precision / recall %) at de7fec5e, before its failures were read; 98.8 / 87.7 after
// the stop's mends (stop 39)
describeBlindSet('two hundred and seventy-seventh blind corpus', 'test/corpus/blind277', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.85,
});
