/**
 * The three hundred and fifty-fourth blind corpus (test/corpus/blind354/*.yaml): 30 whole reports whose coverage facts
 * are told as shares of units rather than as a plain 全覆盖 — 100%的村, 九成以上部门, 38个部门中的35个, 除2个单位外均 已…, 应述57名实述54名, 实现全覆盖
 * with an exception beside it — for legal advisers, the statement of law, the three enforcement systems and legal
 * review, in the reports of county governments, 司法局s, towns and streets and departments — written without reading the
 * extractor, its vocabulary or any other labelled case. Labels follow the contract's scope rules: whose units the share
 * counts (the region's, the body's with its units as one subject, or the units' alone) decides the value. Same format
 * and scorer as the other blind sets (see test/corpus/README.md). The floors sit below the measured figures given
 * beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.1 / 95.1 (precision / recall %) at 0813873a, before its failures were read; 99.1 / 95.1 after
// the stop's mends (stop 40)
describeBlindSet('three hundred and fifty-fourth blind corpus', 'test/corpus/blind354', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.93,
});
