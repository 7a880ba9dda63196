/**
 * The five-hundred-and-ninth blind corpus (test/corpus/blind509/*.yaml): 30 whole reports of less common county
 * departments — 自然资源局, 卫生健康委员会, 应急管理局, 医疗保障局, 退役军人事务局, 林业局, 水利局, 文化和旅游局 — each with its
 * own enforcement training (场次, 期, kinds summed, 此外 added, another body's training attended), case-file review
 * (刑事移送 files apart, two rounds summed, a figure corrected later), cases as respondent (以本局为被申请人, 被申请行政复议,
 * corrections by type, a stated none), litigation and appearance counts, other years' figures and targets, Chinese
 * numerals and full-width digits, and domain words that are no fact (评查病历, 隐患整改, 医调委, 投诉, 文明旅游宣传).
 * Written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the
 * other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.8 / 98.1 (precision / recall %) at b18885b, before its failures were read; 99.8 / 98.1 after
// the stop's mends (stop 44)

describeBlindSet('five-hundred-and-ninth blind corpus', 'test/corpus/blind509', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.96,
});
