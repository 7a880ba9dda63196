/**
 * The ninety-eighth blind corpus (test/corpus/blind98/*.yaml): thirty whole reports from prefecture-level places — the
 * 市人民政府, a 自治州人民政府 and a 盟行政公署, their 司法局s, 市直 departments naming their county-level bureaus, and 市辖区
 * governments — where one sentence carries 全市, 市本级, 各县（市、区） and 市直部门 figures side by side, written without
 * reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('ninety-eighth blind corpus', 'test/corpus/blind98', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
