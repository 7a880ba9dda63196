/**
 * The hundred-and-sixty-sixth blind corpus (test/corpus/blind166/*.yaml): 30 whole reports of bodies without many
 * functions — towns, 乡 and streets whose enforcement moved to a county bureau, 事业单位-like centres (地方志, 融媒体,
 * 公共资源交易, 园林绿化, 社保经办), 群团 bodies (总工会, 妇联, 残联, 团县委, 工商联) and offices that have no enforcement
 * power, issue no documents or make no decisions — saying so in many ways (不涉及, 无此职能, 不适用, 不承担…职能, 未发生,
 * 本年度无, 零复议、零诉讼, a colon list under one 无, a table of 0 and 不涉及) beside the few facts they do state (中心组学法,
 * 述法, 普法 events, 法律明白人, 调解 counts and rates, a single suit, a respondent's 复议 outcomes) — written without
 * reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 97.8 / 89.7 (precision / recall %) at 4c6ca98, before its failures were read; 99.9 / 90.5 after
// the stop's mends (stop 36)
describeBlindSet('hundred-and-sixty-sixth blind corpus', 'test/corpus/blind166', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.88,
});
