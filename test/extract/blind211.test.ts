/**
 * The two-hundred-and-eleventh blind corpus (test/corpus/blind211/*.yaml): 30 whole reports whose figures are told by
 * quarter, by half-year or by month — quarters and halves with no year total (summed), quarters, halves and months
 * inside a stated year total (the total, never added to its parts), 合计 rows of a month table, 1—6月 and 7—12月, 截至6月底 /
 * 截至12月底 running totals, a monthly average and a single month's figure, frequencies (每季度, 每月一次) with no count,
 * rates told for a half beside the year's, and half-year and three-quarter 工作总结 and part-year reports — written
 * without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind
 * sets (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('two-hundred-and-eleventh blind corpus', 'test/corpus/blind211', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
