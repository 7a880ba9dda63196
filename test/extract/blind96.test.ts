/**
 * The ninety-sixth blind corpus (test/corpus/blind96/*.yaml): excerpts aimed at time — the report year's figure beside
 * other years' in one sentence (2024年…，2025年…; 较上年; 同比; 由…提升至; 连续三年; 近三年累计; “十四五”以来), quarters and
 * halves summed or not, dates within the year, 截至 dates, reports written early in 2026 about 2025 with 2026年以来 /
 * 今年 figures beside the year's, last year's problems rectified this year, next year's targets, and the period of a
 * report (part_year against full_year, §10) — written without reading the extractor, its vocabulary or any other
 * labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.3 / 95.1 (precision / recall %) at 8db3d17, before its failures were read; 99.4 / 95.1 after the
// stop's mends (stop 32)

describeBlindSet('ninety-sixth blind corpus', 'test/corpus/blind96', {
  minCases: 128,
  minPrecision: 0.98,
  minRecall: 0.93,
});
