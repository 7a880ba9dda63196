/**
 * The four hundred and third blind corpus (test/corpus/blind403/*.yaml): 30 whole reports of 司法局s, county and district
 * governments, towns, 乡s, streets and departments whose public legal services are counted in many units — 12348 calls
 * in 次, 通 and 人次 (with the consultations among them, beside a window's, a website's, a street's 工作站 and the county's
 * figure in a town's report), legal aid in 件 beside the 人次 of people aided, consultations and 值班律师 help, 受理 beside 办结
 * and 指派, referrals by 司法所s and streets, notarizations in 件 and 份, lawyers' and 基层法律服务工作者's services in 次 and 件,
 * mediation in 件 with 排查 in 次, and the look-alike hotlines (12345, 12315, 12333, 12320) — written without reading the
 * extractor, its vocabulary or any other labelled case. Labels are what each report states of the reporter's own scope
 * in the fact's own unit. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors sit
 * below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.5 / 97.8 (precision / recall %) at 233c18ea, before its failures were read; 99.5 / 97.8 after
// the stop's mends (stop 41)
describeBlindSet('four hundred and third blind corpus', 'test/corpus/blind403', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
