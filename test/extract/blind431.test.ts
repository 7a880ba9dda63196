/**
 * The four hundred and thirty-first blind corpus (test/corpus/blind431/*.yaml): 30 whole reports in which the three
 * enforcement systems — 行政执法公示, 执法全过程记录 and 重大执法决定法制审核 — are told in many wordings: named as a whole (三项制度, “三项制度”,
 * 行政执法三项制度), told one by one without the words, two of them or one alone, partly implemented (基本落实 with a flaw, only at
 * the 直属大队, county units 全面 and towns lagging, 尚未建立), with figures (公示率, 记录仪 配备率, 音像记录覆盖率, 法制审核件数, 三项制度落实率), as plans
 * (力争, 计划, 拟, a next-year part) and as problems in the shortcomings part — in departments', towns', 司法局s' and
 * governments' reports — written without reading the extractor, its vocabulary or any other labelled case. Same format
 * and scorer as the other blind sets (see test/corpus/README.md). The floors sit below the measured figures given
 * beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.5 / 98.6 (precision / recall %) at edef2ce7, before its failures were read; 99.5 / 98.6 after
// the stop's mends (stop 42)
// measured blind 99.5 / 98.6 (precision / recall %) at edef2ce7, before its failures were read; 99.5 / 98.6 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and thirty-first blind corpus', 'test/corpus/blind431', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.96,
});
