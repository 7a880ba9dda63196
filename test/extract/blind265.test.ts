/**
 * The two hundred and sixty-fifth blind corpus (test/corpus/blind265/*.yaml): 30 whole reports whose figures come per
 * unit — with 分别 (分别为12件、9件和7件, 分别开展…11场、8场和6场) and with 各 (三个中队各1期, 14个村各培育…5名, 32个执法部门 各报送案卷5卷) — sometimes beside a
 * total (共计, 合计, 其中), sometimes without one, and with units that are the reporter's own (its 司法所, 中队, 市场监管所, villages
 * and communities) or others' (the county's other townships, a 法庭 and a 派出所, the city, sibling departments) — written
 * without reading the extractor, its vocabulary or any other labelled case. Labels are what a careful reader adds up:
 * the reporter's own units' figures summed, 各 N of K named units as K×N, a written total taken once, others' units and
 * per-unit rates left out. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors sit
 * below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 97.4 / 86.2 (precision / recall %) at 40320b9b, before its failures were read; 97.8 / 86.6 after
// the stop's mends (stop 39)
describeBlindSet('two hundred and sixty-fifth blind corpus', 'test/corpus/blind265', {
  minCases: 28,
  minPrecision: 0.96,
  minRecall: 0.84,
});
