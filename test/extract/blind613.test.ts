/**
 * The six-hundred-and-thirteenth blind corpus (test/corpus/blind613/*.yaml): 30 whole reports whose results are mixed
 * with plans and targets — a year's figure stated beside its target in the same sentence (计划6场次，实际7场次; 年度目标
 * 800名，实际培养836名; 占年度目标2,000人次的117.5%; 未达到“败诉率4%以下”的年度目标; 力争明年成功率保持在98%以上), tasks only
 * partly done (已培养52名, 其余…待认定; 计划出台3件，已印发1件; 已整改7个，剩余2个正在推进; 述法 targeted in full with 24
 * units done), next-year and next-quarter plans full of figures in the last part, a 工作要点 that states nothing but
 * targets, part-year summaries (截至9月底, 1—11月) and a 年度目标｜完成情况 table. Bodies: 司法局s, county and district
 * governments, departments of every kind (市场监管, 人社, 交通, 卫健, 教育, 住建, 应急, 农业农村, 自然资源, 综合执法, 政府办公室)
 * and towns, a 乡 and streets. Labels are what the year achieved: targets, plans and the undone remainder are no values.
 * Written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other
 * blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.5 / 97.5 (precision / recall %) at 215f581, before its failures were read; 99.7 / 97.6 after
// the stop's mends (stop 46)
describeBlindSet('six hundred and thirteenth blind corpus', 'test/corpus/blind613', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
