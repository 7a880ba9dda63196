/**
 * The seventeenth blind corpus (test/corpus/blind17/*.yaml): a twentieth labelled set, written
 * without reading the extractor, its cue vocabulary, any other labelled case or extraction output,
 * as a cross-section of one year's reports (county and district governments, 司法局s, 县直 departments,
 * towns and streets). Same format and scorer as the other sets (see test/corpus/README.md),
 * including the `distractor` phenomenon. The thresholds are a provisional floor; the printed
 * figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('seventeenth blind corpus', 'test/corpus/blind17', {
  minCases: 90,
  minPrecision: 0.8,
  minRecall: 0.7,
});
