/**
 * The four hundred and fourth blind corpus (test/corpus/blind404/*.yaml): 30 whole reports telling people's mediation
 * across tiers — a county's or district's 司法局 and governments (and a few towns, departments and a 信访局) reporting the
 * township, village (community), 行业性专业性 and enterprise committees: a region total with its tiers under 其中, the
 * tiers only (apart, with 分别, a 两级 figure beside the others, in two sub-parts), the tiers in a small text table (with a
 * 合计 row, without one, beside last year's column, with a court-referred row kept outside), beside look-alikes that are
 * no mediation counts (信访 intake, court-referred 诉调对接 / 诉前调解, the 综治中心's 诉求, the 12345 line) — written
 * without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind
 * sets (see test/corpus/README.md). The floors sit below what a sound extractor should reach.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 96.8 / 92.6 (precision / recall %) at c02953db, before its failures were read; 96.8 / 92.6 after
// the stop's mends (stop 42)
// measured blind 96.8 / 92.6 (precision / recall %) at c02953db, before its failures were read; 96.8 / 92.6 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and fourth blind corpus', 'test/corpus/blind404', {
  minCases: 28,
  minPrecision: 0.95,
  minRecall: 0.9,
});
