/**
 * The six-hundred-and-eleventh blind corpus (test/corpus/blind611/*.yaml): 30 whole reports of county-level
 * departments (26 of report year 2026, 4 of 2025) whose figures sit in running prose beside the previous year's —
 * 比上年增加3场次, 较去年的355人次, 上年同期为141卷, 由2025年的15件下降至9件, 2026年、2025年分别为6件、9件, 58件（上年7件）,
 * 与上年持平，均为4场, 翻了一番，达到24场, 较上年减少2场，为12场, 同比下降4.5个百分点 — in every order, with the change
 * alone (比上年多开展9场次), an increment over a stated base (上年3场次；今年增加1场次), percentage changes that are no rate
 * (同比下降16%), and the previous year's zero or outcome (上年为零, 去年发生1件且胜诉). Bodies: a 市场监督管理局, 公安局,
 * 住建局, 城管执法局, 卫健委, 教育局, 农业农村局, 人社局, 应急管理局, 自然资源局, 交通运输局, 水利局, 发改局, 民政局, 医保局,
 * 文旅局, 统计局, 林草局, 商务局, 退役军人事务局, 科技局, 人防办, 财政局, 政务服务办 and five 司法局s. Labels are what the
 * report states for its own year; the other year's figures, the changes and the targets are no values. Written without
 * reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets
 * (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.8 / 95.9 (precision / recall %) at bedf797, before its failures were read; 98.9 / 95.9 after
// the stop's mends (stop 46)

describeBlindSet('six hundred and eleventh blind corpus', 'test/corpus/blind611', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.93,
});
