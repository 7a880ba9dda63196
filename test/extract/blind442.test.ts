/**
 * The four hundred and forty-second blind corpus (test/corpus/blind442/*.yaml): 30 whole reports in which who did it is
 * told in the first person or not at all — 我局, 本局, 本单位, 我镇, 我乡, 我们, 镇里, subjects dropped over several sentences — and
 * another body (a 县司法局, a 县人民法院 or its 人民法庭, a 检察院, a 人大常委会, a city or provincial 督察组, a 县直 bureau's 驻镇 or 驻街道 arm, a
 * 法律援助中心, a 仲裁院, schools' 法治副校长) is named as the subject mid-paragraph, after which the report goes back to the
 * reporter without naming it — in departments', towns', streets', 乡s', 司法局s' and governments' reports — written without
 * reading the extractor, its vocabulary or any other labelled case. Labels are what the report states as a reader reads
 * it whole: the other body's figures are not the reporter's, and the unnamed sentences after it are the reporter's
 * again. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors sit below the measured
 * figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.3 / 98.1 (precision / recall %) at c0fe6a18, before its failures were read; 99.3 / 98.1 after
// the stop's mends (stop 42)
// measured blind 99.3 / 98.1 (precision / recall %) at c0fe6a18, before its failures were read; 99.3 / 98.1 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and forty-second blind corpus', 'test/corpus/blind442', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.96,
});
