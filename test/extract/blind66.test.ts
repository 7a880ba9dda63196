/**
 * The sixty-sixth blind corpus (test/corpus/blind66/*.yaml): 38 whole reports of 2024 and 2025 from 镇 / 乡
 * governments, 街道办事处, 开发区 / 高新区 / 工业园区 管理委员会, a state farm and a state forest farm, written blind
 * (see test/corpus/README.md). Same format and scorer as the other blind sets. The floors are placeholders until
 * the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('sixty-sixth blind corpus', 'test/corpus/blind66', {
  minCases: 34,
  minPrecision: 0.8,
  minRecall: 0.7,
});
