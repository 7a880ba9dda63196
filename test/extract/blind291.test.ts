/**
 * The two hundred and ninety-first blind corpus (test/corpus/blind291/*.yaml): 30 whole reports on towns and streets
 * after the 综合行政执法 reform — the new township enforcement teams' training, cases, case files, reconsiderations and
 * lawsuits, beside what the county bureaus (综合行政执法局, 市场监管, 自然资源, 农业农村, 住建 …) did before the powers were
 * transferred and still do, and the 司法局s' and county governments' region-wide accounts — written without reading the
 * extractor, its vocabulary or any other labelled case. The traps are the other tier's figures: a county bureau's class
 * a town's officers attended, the county's 抽查 of a town's files, suits the bureau still answers for acts before the
 * transfer, the towns' suits in a bureau's report, the 全县 figure in a town's, 划转前 and last year's counts, 期 of
 * classes, and a town as respondent. Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.6 / 97.5 (precision / recall %) at 3d253bfd, before its failures were read; 98.6 / 97.5 after
// the stop's mends (stop 39)
describeBlindSet('two hundred and ninety-first blind corpus', 'test/corpus/blind291', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.95,
});
