/**
 * The three hundred and twenty-eighth blind corpus (test/corpus/blind328/*.yaml): 30 whole reports on heads of bodies
 * appearing in court (负责人出庭应诉) — cases heard and appearances counted, rates written beside their counts, at odds
 * with them or derived from them, appearances in 件次 beside cases in 件, deputies (副职) beside principal heads (their
 * counts summed, a principals' share that is no appearance rate), suits withdrawn or pending with no hearing, and the
 * region's rate beside the government's or the reporter's own — in governments', 司法局s', departments' and towns'
 * reports, written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as
 * the other blind sets (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('three hundred and twenty-eighth blind corpus', 'test/corpus/blind328', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
