/**
 * The two-hundred-and-sixtieth blind corpus (test/corpus/blind260/*.yaml): 30 whole reports of 司法局s, county and
 * district governments, towns, a 乡, streets and departments, aimed at **leaders' meetings and study of every kind** —
 * 党委（党组）会议, 常务会议, 县委常委会, 依法治县委员会 plenaries and office meetings, 理论学习中心组学法, 会前学法, 专题讲座 and
 * 旁听庭审 — counted separately, summed (two bodies in one sentence, two halves, named quarters, a 此外 sentence), given as
 * a year total beside its quarters, or told only as 每季度 and 每月 with no count. Written without reading the extractor,
 * its vocabulary or any other labelled case. Labels: `ruleOfLawMeetings` by the role's order (a 司法局 the region's
 * leadership's meetings, a government its own bodies', a department or a town its own), `leadershipLawStudySessions`
 * only for the reporter's own centre group (never 会前学法, a 常务会议's 专题学法 or the 县委's group). Same format and
 * scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.3 / 98.6 (precision / recall %) at 2ad8b63b, before its failures were read; 99.3 / 98.6 after
// the stop's mends (stop 39)
describeBlindSet('two hundred and sixtieth blind corpus', 'test/corpus/blind260', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.96,
});
