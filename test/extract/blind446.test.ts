/**
 * The four hundred and forty-sixth blind corpus (test/corpus/blind446/*.yaml): 30 whole reports of towns, 乡 and streets
 * given enforcement powers (赋权) through their own 综合行政执法队 or 综合行政执法办公室 — their own cases, suits and reconsideration as
 * respondent, the legal review of their decisions by the town's 法制审核 staff, its 司法所 or the county 司法局, their officers'
 * training (their own, the county's, attended), the case files they reviewed or had reviewed, and the county bureau's
 * squad stationed with them — beside the county 司法局s, a county 综合行政执法局 and governments that hand the powers down.
 * Written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other
 * blind sets (see test/corpus/README.md). The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.7 / 92.8 (precision / recall %) at f20be334, before its failures were read; 98.7 / 92.8 after
// the stop's mends (stop 42)
// measured blind 98.7 / 92.8 (precision / recall %) at f20be334, before its failures were read; 98.7 / 92.8 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and forty-sixth blind corpus', 'test/corpus/blind446', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.9,
});
