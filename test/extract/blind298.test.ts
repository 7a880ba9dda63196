/**
 * The two hundred and ninety-eighth blind corpus (test/corpus/blind298/*.yaml): 30 whole reports laid out as numbered
 * items whose leads carry the topic and often the figure — （三）普法宣传：全年开展活动46场, 3. 案卷评查——126卷, ④培训：2期,
 * ⑴ 执法培训：12场, ❺ 普法：活动40场（较上年增加6场） — with sub-items beneath whose bare figures (收案：137件, 出庭：51件,
 * 人次：348) only make sense under the item's topic, the same words (收案, 受理, 培训, 评查, 调解) under leads of other
 * topics (复议 and 应诉, 人民调解 and 劳动仲裁, 执法 and teachers' training, 案卷 and 病历), and leads that count
 * measures, rounds, groups or 期 rather than the fact — written without reading the extractor, its vocabulary or any
 * other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 96.9 / 85.7 (precision / recall %) at 274167fe, before its failures were read; 96.9 / 85.7 after
// the stop's mends (stop 39)
describeBlindSet('two hundred and ninety-eighth blind corpus', 'test/corpus/blind298', {
  minCases: 28,
  minPrecision: 0.95,
  minRecall: 0.83,
});
