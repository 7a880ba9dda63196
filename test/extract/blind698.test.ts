/**
 * The six-hundred-and-ninety-eighth blind corpus (test/corpus/blind698/*.yaml): 30 whole reports of the report year
 * 2023 — 2022 as the previous year, 2024 as the plans' year — from every kind of body: seven 司法局s, five county and
 * district governments, nine departments (市场监督管理局, 城市管理和综合执法局, 医疗保障局, 退役军人事务局, 水利局, 交通运输局,
 * 教育局, 卫生健康局, 应急管理局), three towns, a 乡 and three streets. Headings and wordings of 2023 reports
 * (2023年度推进法治政府建设的主要举措和成效, 上年度法治督察反馈问题整改情况, 2024年工作安排), figures beside 2022's (较2022年的356卷,
 * 2022年出庭应诉率, 上年同期, a 项目｜2022年｜2023年 table), Chinese numerals (二〇二三年, 九百余人次, 百分之九十六点二) and
 * full-width digits; part-year summaries (截至2023年11月底, 1—9月, 1-10月, 截至目前), a 2024 工作要点 quoting 2023's
 * results, and reports whose year is named only in the body or whose body only in the signature or first line. Written
 * without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind
 * sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.2 / 97.3 (precision / recall %) at 46c1e05, before its failures were read; 99.2 / 97.8 after
// the stop's mends (stop 47)

describeBlindSet('six hundred and ninety-eighth blind corpus', 'test/corpus/blind698', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
