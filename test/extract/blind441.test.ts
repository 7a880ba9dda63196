/**
 * The four hundred and forty-first blind corpus (test/corpus/blind441/*.yaml): 30 whole reports of ethnic autonomous
 * areas and their bodies — 自治县 and 自治旗 / 旗 governments, their 司法局s and departments (民族宗教事务局, 民宗委, 农牧局, 林业局, 市场监管, 教育),
 * an 自治州's 司法局 and the counties, towns and bureaus of an 自治州, 苏木 with their 嘎查, a 旗's 镇 with 嘎查村, and 民族乡 (苗族, 瑶族, 回族,
 * 满族, 蒙古族) — with bilingual and trilingual 普法 and 法律明白人, 寨老 and 鼓楼 mediation beside the committees, the 自治条例 and 单行条例
 * beside normative documents, 草原承包 arbitration beside mediation, and the region's, the 旗's and the 州's figures quoted
 * in a body's own report — written without reading the extractor, its vocabulary or any other labelled case. Same
 * format and scorer as the other blind sets (see test/corpus/README.md). The floors sit below the measured figures
 * given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.7 / 96.0 (precision / recall %) at 7fe3de94, before its failures were read; 98.7 / 96.0 after
// the stop's mends (stop 42)
// measured blind 98.7 / 96.0 (precision / recall %) at 7fe3de94, before its failures were read; 98.7 / 96.0 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and forty-first blind corpus', 'test/corpus/blind441', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.94,
});
