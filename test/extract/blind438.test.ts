/**
 * The four hundred and thirty-eighth blind corpus (test/corpus/blind438/*.yaml): 30 whole reports crowded with
 * percentages — the facts' own rates (败诉率, 纠错率, 出庭应诉率, 调解成功率, 述法覆盖率, 合法性审查率, 报备率) beside the rates
 * of other things (办结率, 按时办结率, 满意率, 合格率, 知晓率, 网上可办率, 参保率, 整改率), written with their counts (agreeing,
 * rounded or off) and without them, beside last year's rates (由…提升至, 较上年, 同比, a 2024年｜2025年 table, a bracketed
 * 上年 figure) and as next year's or the year's targets (力争, 目标, 不低于, 考核指标) — written without reading the extractor,
 * its vocabulary or any other labelled case. Only the report year's achieved rate of a fact is a value; a rate over a
 * stated zero base is labelled with its …ZeroBase. Same format and scorer as the other blind sets (see
 * test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.6 / 96.7 (precision / recall %) at eff9909b, before its failures were read; 99.6 / 96.7 after
// the stop's mends (stop 42)
// measured blind 99.6 / 96.7 (precision / recall %) at eff9909b, before its failures were read; 99.6 / 96.7 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and thirty-eighth blind corpus', 'test/corpus/blind438', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.94,
});
