/**
 * The fifty-fifth blind set (test/corpus/blind55/*.yaml): excerpts on last year's problems and their
 * rectification — 督察, 考评 and 述法点评 feedback rectified in full, in part, under way or 销号 — beside
 * this year's own findings, 巡察 and 审计 of the body, other fields' rectification (安全隐患, 环保督察,
 * audits of firms), the shortcomings part with and without its causes, and the next year's plan.
 * Written blind (see test/corpus/README.md). The thresholds are placeholders until the set is
 * measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('fifty-fifth blind corpus', 'test/corpus/blind55', {
  minCases: 125,
  minPrecision: 0.8,
  minRecall: 0.7,
});
