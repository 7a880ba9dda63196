/**
 * The three hundred and fifty-fifth blind corpus (test/corpus/blind355/*.yaml): 30 whole reports of bodies with an
 * unusual standing — development-zone, high-tech-zone and new-area 管委会, industrial and agricultural 园区, state forest
 * farms (国有林场) and state farms (国营农场) — and of county offices (县人民政府办公室, 县委依法治县办), whose reports mix
 * their own figures with the zone's enterprises', the government's and the county's; with the 司法局s, governments,
 * streets, towns and departments of counties that hold such a zone, whose totals carry the zone's parts. Written without
 * reading the extractor, its vocabulary or any other labelled case. Labels follow the reporter's role, level and region:
 * a 管委会, a 林场, a 农场 and an office are departments that take their own figures (a 依法治县办 reads as a 司法局);
 * the firms' advisers, mediation and training, the county's totals and the zone's parts are traps. Same format and
 * scorer as the other blind sets (see test/corpus/README.md). The floors sit well below what a sound extractor gives.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.2 / 95.0 (precision / recall %) at f0aab001, before its failures were read; 98.2 / 95.0 after
// the stop's mends (stop 40)
describeBlindSet('three hundred and fifty-fifth blind corpus', 'test/corpus/blind355', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.93,
});
