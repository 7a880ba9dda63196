/**
 * The two-hundred-and-eightieth blind corpus (test/corpus/blind280/*.yaml): 30 whole reports of inward-facing
 * departments with little enforcement — 财政局, 统计局, 审计局, 发改委/发改局, 机关事务局, 政务服务中心 and 档案馆 — whose reports say
 * much about contracts reviewed, documents issued, decisions made and leaders' study, and little or nothing about
 * cases: the none of reconsideration and litigation stated as a respondent, contracts and audit projects and key
 * projects beside the documents and decisions, an audit's rectification beside a rule-of-law review's, price-dispute
 * mediation beside people's mediation, a table with last year's column, plans in figures — written without reading the
 * extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('two hundred and eightieth blind corpus', 'test/corpus/blind280', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
