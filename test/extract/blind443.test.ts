/**
 * The four hundred and forty-third blind corpus (test/corpus/blind443/*.yaml): 30 whole reports full of honours,
 * rankings and numbers that are no facts — 获评, 第3名, 连续5年, 排名全市第2, 5个先进单位, 3个案例入选, 得分94.6分, 位列第一等次
 * — set beside the facts' own figures in sentences that mix both, and numbers of staff, offices, villages, committees,
 * workstations and members beside the counts of activities (19名执法人员 beside 参训57人次, 247个调委会 beside 受理5,318件,
 * 28个执法部门 beside 评查280卷). Written without reading the extractor, its vocabulary or any other labelled case. Labels
 * are what the report states of the year: a place, a score, an honour, a selected case or a unit count is no value; a
 * streak that runs through the year gives the year's state. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('four hundred and forty-third blind corpus', 'test/corpus/blind443', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
