/**
 * The three-hundred-and-forty-ninth blind corpus (test/corpus/blind349/*.yaml): 30 whole reports of urban 街道办事处 —
 * grid governance (网格员' leads beside the committees' counts), 物业纠纷 and people's mediation by the street's own
 * committee, its 物业纠纷 committee and its communities' committees (apart, summed, 含社区上报 and 两级 taken whole),
 * community legal advisers (the street with its communities as one subject, apart, the street's own lapsed or never
 * engaged), 法治宣传 in the communities (by theme and place, 禁毒 and 反诈 counted, 消防 and 科普 not) — with the
 * street's, its communities' and the district's figures side by side, written without reading the extractor, its
 * vocabulary or any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 97.9 / 92.7 (precision / recall %) at 6a9f12ee, before its failures were read; 97.9 / 92.7 after
// the stop's mends (stop 40)
describeBlindSet('three-hundred-and-forty-ninth blind corpus', 'test/corpus/blind349', {
  minCases: 28,
  minPrecision: 0.96,
  minRecall: 0.9,
});
