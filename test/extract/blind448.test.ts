/**
 * The four-hundred-and-forty-eighth blind corpus (test/corpus/blind448/*.yaml): 30 whole reports on administrative
 * reconsideration after the 2024 reform — the government's 行政复议局 and 复议委员会 as the one organ, with applications received
 * (收到), accepted (受理), not accepted, withdrawn, concluded (审结, 办结, 含上年结转), corrected by kind, mediated (调解结案, 调解和解),
 * rates (直接纠错率, 综合纠错率, 调解和解率) and cases carried over (上年结转, 结转下年) — told in governments', 司法局s', departments' and
 * towns' reports, with the department or town as 被申请人 beside the government as 复议机关 — written without reading the
 * extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.0 / 96.2 (precision / recall %) at ffbcd7c6, before its failures were read; 99.0 / 96.2 after
// the stop's mends (stop 42)
// measured blind 99.0 / 96.2 (precision / recall %) at ffbcd7c6, before its failures were read; 99.1 / 96.3 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and forty-eighth blind corpus', 'test/corpus/blind448', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.94,
});
