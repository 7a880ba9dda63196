/**
 * The four-hundred-and-ninety-sixth blind corpus (test/corpus/blind496/*.yaml): 30 whole reports (2024 and 2025) of
 * 司法局s, county and district governments, departments of many kinds (生态环境, 商务, 水利, 医疗保障, 卫生健康, 人社,
 * 城管执法, 文旅, 交通运输, 市场监管, 教育), towns, a 乡 and streets, whose figures come in brackets and ratios: a rate
 * with its counts (出庭应诉率100%（27/27）, 调解成功率98.6%（1,290/1,308）, 纠错率9.1%（8/88）), trainees after sessions
 * (培训4场（参训186人次）), an aside in a figure (普法活动（含线上）52场, （含刑事）633件, （含社区上报）), a total with
 * its parts (共12件（其中撤销3件、确认违法1件）), last year's in brackets (（上年：41件）, 上年为12.6%（15/119）), ratios
 * without brackets (出庭应诉1/1, a table cell 40/40, 合法性审查8/8) and ratios of no fact (合格率, 优秀率, 配备率) —
 * written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the
 * other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.7 / 86.4 (precision / recall %) at 8ee76cb, before its failures were read; 98.6 / 91.5 after
// the stop's mends (stop 43)

describeBlindSet('four hundred and ninety-sixth blind corpus', 'test/corpus/blind496', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.89,
});
