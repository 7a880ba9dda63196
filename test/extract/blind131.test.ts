/**
 * The hundred-and-thirty-first blind corpus (test/corpus/blind131/*.yaml): 24 long, complete reports of 1,500 to 2,000
 * characters each — longer than the other sets' — that carry every part a real report has: the year's measures in
 * several sub-parts, the 第一责任人 part, last year's rectification, shortcomings with (or without) their causes, next
 * year's plan and other matters, with many figures of many facts and the distractors real reports carry (other years'
 * figures, other bodies' — the county's, the district's, the units' — targets and plans, and other fields' look-alikes:
 * 12315, 12333 and 12345, 仲裁 调解, 隐患 整改, 巡察 and 自然资源督察 problems, 约谈 of firms, 会前学法) — written without
 * reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('hundred-and-thirty-first blind corpus', 'test/corpus/blind131', {
  minCases: 22,
  minPrecision: 0.8,
  minRecall: 0.7,
});
