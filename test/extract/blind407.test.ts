/**
 * The four hundred and seventh blind corpus (test/corpus/blind407/*.yaml): 30 whole reports of 司法局s, county and
 * district governments, towns, 乡s, streets and departments that report law study and training for several audiences at
 * once — the bureau's own staff and 司法所 cadres, the county's enforcement officers across departments, leading cadres
 * (党组 and 县委 理论学习中心组, 常务会议 and 局务会 会前学法, 学法考试, 述法), village and community cadres, 网格员 and 法律明白人 — where some totals are
 * sums of kinds or tiers, some only a 其中 part is the officers', and some courses were attended rather than held;
 * written without reading the extractor, its vocabulary or any other labelled case. Labels are what each report states
 * of its own scope (a 司法局 its region's, a department or town its own). Same format and scorer as the other blind sets
 * (see test/corpus/README.md). The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.5 / 98.4 (precision / recall %) at 97fe3614, before its failures were read; 98.7 / 98.5 after
// the stop's mends (stop 42)
// measured blind 98.5 / 98.4 (precision / recall %) at 97fe3614, before its failures were read; 98.7 / 98.5 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and seventh blind corpus', 'test/corpus/blind407', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.96,
});
