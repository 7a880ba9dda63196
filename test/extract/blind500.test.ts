/**
 * The five hundredth blind corpus (test/corpus/blind500/*.yaml): 30 whole reports of 司法局s, county and district
 * governments, county departments, towns, a 乡 and streets (2024 and 2025 reports, annual reports, work summaries of
 * part of a year and a 工作要点) that tell negation and partial achievement in many ways beside plain affirmative
 * results — 未实现述法全覆盖, 尚未实现全覆盖, 仍有2个问题尚未整改到位, 出庭率不到90%, 仅完成年度计划的75%, 部分单位未参训,
 * 覆盖率为85%, 计划实现全覆盖，已完成60%, 计划12场次，实际9场次, 未单独组织培训, 推迟, 尚未专门述法 — with the region's
 * figures quoted in departments' and streets' reports, other years' values, plans, and a department's 投诉 and 病历 as
 * distractors. Written without reading the extractor, its vocabulary or any other labelled case. Same format and
 * scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.7 / 97.6 (precision / recall %) at 3ba87c2, before its failures were read; 99.2 / 98.1 after
// the stop's mends (stop 44)

describeBlindSet('five hundredth blind corpus', 'test/corpus/blind500', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.96,
});
