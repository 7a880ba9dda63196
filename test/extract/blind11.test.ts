/**
 * The eleventh blind set (test/corpus/blind11/*.yaml): a fourteenth labelled set, written blind —
 * without reading the extractor, the pack's facts and vocabulary files, any other labelled case or
 * any extraction output — mostly whole reports and mid-report passages of 县直 / 区直 departments and
 * of 乡镇 / 街道 (report years 2024 and 2025). Same format and scorer as the other blind sets (see
 * test/corpus/README.md), including the `distractor` phenomenon. The thresholds are a first floor,
 * to be restated by the lead after measuring; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('eleventh blind corpus', 'test/corpus/blind11', { minCases: 90, minPrecision: 0.8, minRecall: 0.7 });
