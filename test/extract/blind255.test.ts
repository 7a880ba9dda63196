/**
 * The two hundred and fifty-fifth blind corpus (test/corpus/blind255/*.yaml): 30 whole reports full of numbers that
 * are no facts — assessment scores and rankings (考核得分96.5分, 位列全市第3名, 优秀等次), money (万元, 亿元), areas (平方米, 亩,
 * 平方公里), people served, reached or supervised (惠及群众, 受援人, 社区矫正对象), telephone and hotline numbers, document and
 * case numbers (〔2024〕5号, 第001号), dates and law article numbers (第六十四条) — beside the real facts, written without
 * reading the extractor, its vocabulary or any other labelled case. Labels are the facts the report states; every other
 * number is a trap. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors are
 * placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('two hundred and fifty-fifth blind corpus', 'test/corpus/blind255', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
