/**
 * The nineteenth blind set (test/corpus/blind19/*.yaml): a twenty-second labelled set, written blind —
 * without reading the extractor, the pack's facts and vocabulary files, any other labelled case or any
 * extraction output — to give an honest figure for wording nobody tuned the extractor for. Report year
 * 2026 (some 2025 reports), whole reports of every tier, passages and distractors. Same format and
 * scorer as the other blind sets (see test/corpus/README.md). The thresholds are a provisional floor;
 * the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('nineteenth blind corpus', 'test/corpus/blind19', {
  minCases: 90,
  minPrecision: 0.8,
  minRecall: 0.7,
});
