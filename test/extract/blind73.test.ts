/**
 * The seventy-third blind corpus (test/corpus/blind73/*.yaml): 132 excerpts aimed at the enforcement facts —
 * training of enforcement officers (sessions, 人次, held or not, attended elsewhere), case-file review (counts,
 * held or not, reviewed by others), the three systems (as a whole and one by one) and the words of enforcement
 * in other senses (安全检查, the people's congress's 执法检查, 监督检查, inspections of firms, training of firms
 * and of non-enforcement staff). Written without reading the extractor, its cue vocabulary or any other
 * labelled case (see test/corpus/README.md). Same format and scorer as the other blind sets, including the
 * `distractor` phenomenon. The floors are placeholders until the set is measured; the printed figures are
 * what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('seventy-third blind corpus', 'test/corpus/blind73', {
  minCases: 125,
  minPrecision: 0.8,
  minRecall: 0.7,
});
