/**
 * The six-hundred-and-forty-eighth blind corpus (test/corpus/blind648/*.yaml): 30 whole reports of city street offices
 * (街道办事处) with their communities, grid workers and property disputes, beside a few towns, a 乡, a 区司法局, a 区政府 and
 * the departments that work with streets (住房和城乡建设局, 城市管理和综合执法局, 市场监督管理局). They state people's
 * mediation by the street's committee and its communities' committees (apart, in one figure, 含社区上报, with a 物业纠纷
 * committee beside the street's own, in a year-headed table), community legal advisers (街道和所辖社区 as one subject, the
 * street's own adviser beside the communities', the communities alone), law popularization (场次, 三十余场, 计划…实际,
 * 法律明白人), and enforcement by the street's 综合行政执法队 (三项制度 whole or in part, training held, attended elsewhere
 * or not at all, 案卷评查 done or put off), with traps: the district's rates quoted in a street's report, 12345 工单, 物业
 * 投诉, 网格员 training, 消防隐患 and 文明城市 findings, owners' civil suits against property firms, 劳动争议 and 消费纠纷
 * 调解, plans under next-year headings and a street's 工作要点. Written without reading the extractor, its vocabulary or
 * any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.6 / 98.0 (precision / recall %) at 3796b9b, before its failures were read; 98.7 / 98.0 after
// the stop's mends (stop 46)

describeBlindSet('six hundred and forty-eighth blind corpus', 'test/corpus/blind648', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.96,
});
