/**
 * The four hundred and eighty-fourth blind corpus (test/corpus/blind484/*.yaml): 30 whole annual reports typed on
 * Western keyboards — half-width punctuation and spacing throughout: ASCII commas, colons, semicolons, full stops,
 * brackets and percent signs (, : ; . ( ) %), spaces between Chinese words and around figures (开展 行政执法人员 培训
 * 12 场次, 参训 1,024 人次), thousands separators (1,024; 2,317; 3,618 in full-width digits), decimals with a
 * half-width point (9.6%, 98.30%, 1.1万), table rows with half-width labels and pipes (行政复议收案 (件): 118 | 审结 (件):
 * 109), mixed with full-width punctuation and digits in the same report — from six 司法局s, five governments, thirteen
 * county departments of every kind (市场监管, 综合执法, 交通运输, 应急, 卫健, 教育, 民政, 人社, 自然资源, 水利, 林业, 统计,
 * 政府办) and six towns, 乡 and streets. Traps: other years in brackets, the region's figures in a department's or a
 * township's report, 会前学法, plans, the 仲裁院's and the 医调委's mediation, 巡察 and audit problems, civil suits.
 * Written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the
 * other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.9 / 94.6 (precision / recall %) at d361dcc, before its failures were read; 99.9 / 94.6 after
// the stop's mends (stop 43)

describeBlindSet('four hundred and eighty-fourth blind corpus', 'test/corpus/blind484', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.92,
});
