/**
 * The three hundred and seventy-fourth blind corpus (test/corpus/blind374/*.yaml): 30 whole reports of county and
 * district governments, 司法局s, departments and towns that give region-wide totals beside the government's own-level
 * figures — 行政复议 intake, corrections and rates (全县 / 县政府本级 / 以各部门、各乡镇为被申请人), lawsuits and losses (全县…其中县政府本级),
 * normative documents (本级 beside 全县 or the departments'), major decisions (全区合计 beside 区政府本级) and heads' court
 * appearances (全县 rate beside the 县长's or the 本级 count) — with 全县/全区, 县政府本级, 各部门, 各乡镇 in the same sentences, written
 * without reading the extractor, its vocabulary or any other labelled case. A government takes the region's figure, a
 * 司法局 the region's over its own, a department or town only its own. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.1 / 95.9 (precision / recall %) at a8f24888, before its failures were read; 98.1 / 95.9 after
// the stop's mends (stop 41)
describeBlindSet('three hundred and seventy-fourth blind corpus', 'test/corpus/blind374', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.93,
});
