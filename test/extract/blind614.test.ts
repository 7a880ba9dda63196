/**
 * The six-hundred-and-fourteenth blind corpus (test/corpus/blind614/*.yaml): 30 whole reports whose figures come in
 * tables pasted as text — rows split by tabs, runs of spaces, full-width spaces, vertical bars (｜, |, markdown and
 * box-drawn +---+ tables), header rows of indicators, columns for several years (2023年｜2024年, 年度｜收案｜审结｜纠错,
 * 2024年｜上年同期｜同比), for several bodies or scopes (全县｜本镇, 项目｜本局｜全县, 全区｜其中区司法局本级), for targets beside
 * results (年度目标｜完成情况, 计划｜实际, 1—11月｜全年目标), rows whose label carries the unit (行政诉讼案件（件）：0), rows of
 * two with no header, cells marked another year's (236场次｜去年 201场次), 合计 rows, 一审｜二审 rows and corrections by
 * type in columns — beside ordinary prose that states no fact. Bodies: 司法局s, county and district governments,
 * departments of several kinds, towns, a 乡 and streets; report years 2024 and 2025. Written without reading the
 * extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.2 / 90.3 (precision / recall %) at 3d01154, before its failures were read; 99.2 / 90.4 after
// the stop's mends (stop 46)

describeBlindSet('six hundred and fourteenth blind corpus', 'test/corpus/blind614', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.88,
});
