/**
 * The two hundred and seventy-first blind corpus (test/corpus/blind271/*.yaml): 30 whole reports of city districts and
 * county-level cities (市辖区, 县级市) — their governments, 司法局s and departments — and of the streets under them,
 * reports that lean on streets, communities and 网格: the district's own figures beside its streets' and communities'
 * (parts of a total, tiers stated apart, a street's own figure beside the district's, 网格 figures counted in or kept
 * out), written without reading the extractor, its vocabulary or any other labelled case. Labels are the reporter's own
 * figures by the contract's scope rules. Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// floors are placeholders until the set is measured

describeBlindSet('two hundred and seventy-first blind corpus', 'test/corpus/blind271', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
