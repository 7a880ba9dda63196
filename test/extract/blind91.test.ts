/**
 * The ninety-first blind corpus (test/corpus/blind91/*.yaml): 30 whole reports by bodies whose names and tiers are
 * unusual — 开发区 / 高新区 / 经开区 / 新区 管委会 and a zone's own 综合行政执法局, a joint 工委 / 管委 report, a 瑶族自治县's
 * government and bureaus, a 达斡尔族自治旗's government, 司法局 and 苏木, a 苗族乡, a 县级市's government and bureaus, a
 * 市辖区's 街道 named with its 区人民政府, a 地区行政公署's bureaus, a 林区's government and 司法局, a 国营农场 and a 国有林场,
 * long names (人力资源和社会保障局, 住房和城乡建设局, 行政审批和政务服务管理局, 退役军人事务局) and names with place-like
 * characters (城乡, 市场, 市政, 县域), bodies named only in a red head, a signature or a self-name (我区, 本管委会) — written
 * without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets
 * (see test/corpus/README.md). The floors sit below the set's measured figures.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.4 / 95.8 (precision / recall %) at eae445b, before its failures were read; 99.6 / 95.9 after the
// stop's mends (stop 32)

describeBlindSet('ninety-first blind corpus', 'test/corpus/blind91', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.93,
});
