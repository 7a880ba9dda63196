/**
 * The eighty-seventh blind corpus (test/corpus/blind87/*.yaml): 30 whole reports of county bodies that report less
 * often and in their own idiom (公安局 and a 公安分局, 消防救援大队, vertical 税务局 and 烟草专卖局, 统计, 气象, 档案馆 / 档案局,
 * 医保, 退役军人, 机关事务服务中心, 行政审批服务局, 信访局, 粮储, 供销社, 融媒体中心, a 区委编办), each telling its own work in its
 * sector's words beside the sector's or the county's figures, written without reading the extractor, its vocabulary or
 * any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.6 / 89.3 (precision / recall %) at deade16, before its failures were read; 99.3 / 89.9 after the
// stop's mends (stop 32)

describeBlindSet('eighty-seventh blind corpus', 'test/corpus/blind87', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.87,
});
