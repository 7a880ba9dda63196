/**
 * The five hundred and nineteenth blind corpus (test/corpus/blind519/*.yaml): 30 whole reports of enforcement-heavy
 * departments — 市场监督管理局, 综合行政执法局, 生态环境分局 and 交通运输局, with townships' own 综合行政执法队, three
 * 司法局s and two governments overseeing enforcement — full of figures that are no facts of the checklist: penalty
 * cases, fines, 持证 officers, complaints, drivers' and enterprises' training, hazards found, environmental 督察 problems,
 * correction archives and criminal files; beside the facts they hide: the three enforcement systems (together, apart,
 * negated), training sessions and trainees (summed by kind, 此外 / 另外 added, 期 as sessions, attended-not-held),
 * case-file reviews (own against a 司法局's sampling, region against own), year-headed tables, 计划…实际, and
 * respondents' reconsideration and litigation counts. Written without reading the extractor, its vocabulary or any
 * other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.3 / 94.3 (precision / recall %) at 102c584, before its failures were read; 98.3 / 94.3 after
// the stop's mends (stop 44)

describeBlindSet('five hundred and nineteenth blind corpus', 'test/corpus/blind519', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.92,
});
