/**
 * The two hundred and thirty-fourth blind corpus (test/corpus/blind234/*.yaml): 30 whole reports of city districts'
 * streets (街道办事处) and the bodies around them — district governments, 司法局s, departments that answer a street's
 * 吹哨 or run the 12345 line, a town and a 乡 left in a district — where 接诉即办 (12345 work orders, 响应率, 解决率),
 * 吹哨报到 (吹哨次数, 报到人次) and community work (居民公约, 两张清单, 楼门长, 社区工作者 training) stand beside the
 * rule-of-law facts, written without reading the extractor, its vocabulary or any other labelled case. Labels are what
 * the report states: the 12345 line's figures, 吹哨 and 报到 counts, community workers' and 网格员's classes and a
 * 物业纠纷 committee's cases are none of the facts. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors sit below what a careful extractor should reach.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.1 / 97.1 (precision / recall %) at bef0acb6, before its failures were read; 99.1 / 97.1 after
// the stop's mends (stop 38)
describeBlindSet('two hundred and thirty-fourth blind corpus', 'test/corpus/blind234', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
