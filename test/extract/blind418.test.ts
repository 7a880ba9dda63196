/**
 * The four-hundred-and-eighteenth blind corpus (test/corpus/blind418/*.yaml): 30 whole reports about rectification —
 * the problems last year's rule-of-law assessment (考评), inspections (督察), 述法点评, superior bodies' feedback and the
 * reporter's own self-checks found, with counts found, rectified and in progress and rectification rates — beside
 * problems of other kinds that are no rule-of-law rectification (safety hazards, environmental 督察, land 督察, 巡察,
 * finances and departure audits, this year's own reviews and self-checks, 违法图斑) and rectification plans for next
 * year — written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as
 * the other blind sets (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('four hundred and eighteenth blind corpus', 'test/corpus/blind418', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
