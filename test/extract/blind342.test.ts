/**
 * The three-hundred-and-forty-second blind corpus (test/corpus/blind342/*.yaml): 30 whole reports on administrative
 * reconsideration after the 2024 reform — the county government as the one reviewing organ, its office seated in the
 * 司法局 — told by governments and 司法局s as the organ (收到 / 受理 / 不予受理, 审结 with 上年结转, corrections by type, 调解和解 and its 和解率,
 * 复议前调解, a 更正说明, the city's figures beside the county's) and by departments, towns and streets as 被申请人 (被撤销 / 确认违法 /
 * 责令履行, stated zeros, 均维持, the system's or the county's cases beside the reporter's own) — written without reading the
 * extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.5 / 94.2 (precision / recall %) at ab6b11c0, before its failures were read; 99.5 / 94.2 after
// the stop's mends (stop 40)
describeBlindSet('three hundred and forty-second blind corpus', 'test/corpus/blind342', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.92,
});
