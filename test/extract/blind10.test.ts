/**
 * The tenth blind set (test/corpus/blind10/*.yaml): a thirteenth labelled set, written without reading
 * the extractor, the pack's facts and vocabulary, any other labelled case or any extraction output,
 * mostly whole county reports of 2024 and 2025 dense with figures. Same format and scorer as the other
 * sets (see test/corpus/README.md), including the `distractor` phenomenon. The thresholds are a
 * provisional floor for unseen text (the lead restates them after measuring); the printed figures
 * are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('tenth blind corpus', 'test/corpus/blind10', { minCases: 90, minPrecision: 0.8, minRecall: 0.7 });
