/**
 * The five hundred and thirty-second blind corpus (test/corpus/blind532/*.yaml): 30 whole reports of city streets
 * (街道办事处) in large districts, with a district 司法局, a district government and a district 城市管理和综合执法局 among
 * them — urban governance, 12345 hotline work orders (工单, 办结率, 满意率), community and property-dispute mediation (街道调委会
 * and 社区调委会 stated apart or as one figure, 含社区上报), the street's 综合执法 (training in 期 and kinds, 此外 more of the
 * same, 案卷自查 and a district's 抽查), the street as defendant and respondent, 述法 in the year-end 述职 — with the street's
 * own figures among many that are not the checklist's (网格员上报事件, 违建拆除面积, 行政处罚, 信访, 物业投诉, 诉前调解,
 * 劳动争议调解, 隐患整改, 企业约谈) and the district's figures quoted beside the street's. Written without reading the
 * extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.4 / 96.7 (precision / recall %) at 66d2ca4, before its failures were read; 99.4 / 96.7 after
// the stop's mends (stop 44)

describeBlindSet('five hundred and thirty-second blind corpus', 'test/corpus/blind532', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.94,
});
