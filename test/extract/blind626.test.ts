/**
 * The six-hundred-and-twenty-sixth blind corpus (test/corpus/blind626/*.yaml): 30 whole reports of 2024 and 2025 by
 * 司法局s, county and district governments, departments of every kind, towns, a 乡 and streets, aimed at
 * rectification — problems that last year's 法治督察, 考评 (考核) and 述法点评 fed back to the reporter, counted as found,
 * rectified and still in progress (反馈问题9个，已整改到位7个，其余2个正在整改中; 5项问题已整改销号4项; 共涉及问题5项，整改完成5项;
 * 制定整改措施26项，已完成24项; 问题十二个…已整改十个; １３个问题已整改１３个; 基本整改), with the measures taken, told in a part of
 * its own, as a clearly titled sub-part, or inside the shortcomings part — beside rectification that is not last year's
 * review's: a 巡察's, an 经济责任审计's, this year's 督察 of towns and of the reporter, an older year's problems, hazards
 * (隐患整改), employers ordered to correct (责令整改), the region's count beside a department's or a street's own, and
 * problems named with no year. Written without reading the extractor, its vocabulary or any other labelled case. Same
 * format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.5 / 97.6 (precision / recall %) at 6d9eb9f, before its failures were read; 99.7 / 97.6 after
// the stop's mends (stop 46)

describeBlindSet('six hundred and twenty-sixth blind corpus', 'test/corpus/blind626', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
