/**
 * The four hundred and fifty-first blind corpus (test/corpus/blind451/*.yaml): 30 whole reports whose zeros and
 * not-applicable claims come in many forms — 无, 未发生, 暂无, 均为零, 零件, 零场次, 不涉及, 不适用, 不承担…职能, 本年度没有 — for suits,
 * reconsideration, normative documents, major decisions, enforcement training and case-file review: bodies without
 * enforcement powers (an archive, a 科协, a service centre, a data bureau), enforcement moved away, training and review
 * put off or not held, and a zero stated for one scope (本级, 本局, 街道本级) beside figures for another (全县, 全区, the
 * communities) — written without reading the extractor, its vocabulary or any other labelled case. Same format and
 * scorer as the other blind sets (see test/corpus/README.md). The floors sit below the measured figures given beside
 * them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.5 / 94.2 (precision / recall %) at 95ddc89b, before its failures were read; 99.6 / 94.3 after
// the stop's mends (stop 42)
// measured blind 99.5 / 94.2 (precision / recall %) at 95ddc89b, before its failures were read; 99.6 / 94.3 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and fifty-first blind corpus', 'test/corpus/blind451', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.92,
});
