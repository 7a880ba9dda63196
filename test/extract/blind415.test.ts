/**
 * The four hundred and fifteenth blind corpus (test/corpus/blind415/*.yaml): 30 whole reports of county and district
 * 司法局s whose 司法所 (township justice offices) do much of the work — 普法, mediation, legal aid, community correction,
 * training — told for the bureau's own offices, for the 司法所 (另开展, 各司法所共, 12个司法所分别), for the county as a whole, and in
 * towns' reports in which the town's 司法所 appears as another body's office (the county bureau's 派出机构), beside
 * governments and departments that lean on the 司法所 too. Written without reading the extractor, its vocabulary or any
 * other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors sit below
 * the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.6 / 96.3 (precision / recall %) at fff47609, before its failures were read; 98.7 / 96.4 after
// the stop's mends (stop 42)
// measured blind 98.6 / 96.3 (precision / recall %) at fff47609, before its failures were read; 98.7 / 96.4 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and fifteenth blind corpus', 'test/corpus/blind415', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.94,
});
