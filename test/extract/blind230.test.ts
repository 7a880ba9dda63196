/**
 * The two hundred and thirtieth blind corpus (test/corpus/blind230/*.yaml): 30 whole reports of 司法局s, county and
 * district governments, towns, a 乡, streets and departments on the 12348 hotline and public legal services —
 * consultations, calls, visits and platforms counted in many ways: calls with the consultations among them, 万 and 余,
 * a city platform's total with the county's share, 12348 beside the web platform with 分别, 12348 merged with walk-in
 * platforms, a street station's extension, the county's line in a town's report, a posted number, 12345, 12315, 12320
 * and 12333 lines, the 12348 website and a mini-program, a quarter's, a 累计 and a 年均 figure, other years' — written
 * without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind
 * sets (see test/corpus/README.md). The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.0 / 97.1 (precision / recall %) at 35265ab8, before its failures were read; 99.1 / 97.1 after
// the stop's mends (stop 38)
describeBlindSet('two hundred and thirtieth blind corpus', 'test/corpus/blind230', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
