/**
 * The sixth blind corpus (test/corpus/blind6/*.yaml): a ninth labelled set, written blind —
 * without reading the extractor, the pack's facts and vocabulary files, any other labelled case,
 * the git history or any extraction output — from the labelling contract in test/corpus/README.md
 * and the fact list alone. About half of it is whole reports of 2023, 2024 and 2025 from 乡镇,
 * 街道, many kinds of 县直部门, district governments and a 司法局 that is also the 依法治县办.
 * Same format and scorer as the other sets, including the `distractor` phenomenon. The thresholds
 * are a provisional floor, to be restated by the lead after measuring; the printed figures matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('sixth blind corpus', 'test/corpus/blind6', { minCases: 90, minPrecision: 0.8, minRecall: 0.7 });
