/**
 * The five hundred and fourth blind corpus (test/corpus/blind504/*.yaml): 30 whole reports whose parts are headed in
 * the many ways real reports head them — merged headings (主要成效与存在问题, 工作成效和短板, 主要做法、成效与存在的问题,
 * …推进情况及存在的不足和原因), 第一部分 / 第二部分 parts, headings without numbers (主要工作及成效, 【工作成效】, ■ 不足,
 * 今后努力方向), one top-level part holding many sub-parts (its 短板, 存在问题 and 下一步 sub-parts no parts; its clearly
 * titled 第一责任人 and 整改 sub-parts parts), unusual words for problems and plans (面临的挑战和薄弱环节, 差距与不足,
 * 需要改进的地方, 问题清单, 来年工作谋划, 工作着力点, 明年重点) and a 第一责任人 or 整改 part placed inside another part —
 * with ordinary figures (复议, 应诉, 出庭, 调解, 普法, 培训, 评查) in the parts, from 司法局s, governments, departments,
 * towns, a 乡 and streets. Written without reading the extractor, its vocabulary or any other labelled case. Same
 * format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.8 / 96.1 (precision / recall %) at cedb9fd, before its failures were read; 99.8 / 96.1 after
// the stop's mends (stop 44)
describeBlindSet('five hundred and fourth blind corpus', 'test/corpus/blind504', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.94,
});
