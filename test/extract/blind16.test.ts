/**
 * The sixteenth blind corpus (test/corpus/blind16/*.yaml): a nineteenth labelled set, written blind
 * (without reading the extractor, its cue vocabulary or any other labelled set), leaning on the
 * reports of 乡镇 / 街道 and 县直部门 a county's 依法治办 assesses. Same format and scorer as the
 * other sets (see test/corpus/README.md), including the `distractor` phenomenon. The thresholds are
 * only a provisional floor, to be restated once the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('blind16 corpus', 'test/corpus/blind16', { minCases: 90, minPrecision: 0.8, minRecall: 0.7 });
