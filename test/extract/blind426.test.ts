/**
 * The four hundred and twenty-sixth blind corpus (test/corpus/blind426/*.yaml): 30 whole reports that move the words of
 * a fact around its figure — the thing counted told before or after its verb (培训执法人员…人次 / 执法人员参加培训…人次 /
 * …人次执法人员参训), passives (被撤销2件, 被法院判决败诉1件, 经复议被纠错, 被通报批评, 被督察指出的问题), figures before their
 * nouns (3名局领导出庭, 12场次普法讲座, 86卷行政处罚案卷), topicalised sentences (执法培训方面，全年…; 关于行政复议，…) and long
 * modifiers between a verb and its figure — written without reading the extractor, its vocabulary or any other
 * labelled case. Labels are what the report states as a reader reads it whole; the reporter's own 被撤销 / 被判决败诉
 * in a government's report and officers 被选派 to another body's course are traps. Same format and scorer as the other
 * blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.9 / 88.2 (precision / recall %) at f2893097, before its failures were read; 98.9 / 88.2 after
// the stop's mends (stop 42)
// measured blind 98.9 / 88.2 (precision / recall %) at f2893097, before its failures were read; 98.9 / 88.2 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and twenty-sixth blind corpus', 'test/corpus/blind426', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.86,
});
