/**
 * The four hundred and thirty-ninth blind corpus (test/corpus/blind439/*.yaml): 30 whole reports of 司法局s, county and
 * district governments, towns, streets and departments of many kinds in which the year's enforcement work that is no
 * checklist fact — cases handled, penalties imposed, 首违不罚 and 免罚, inspections and 双随机 checks, permits issued, fines
 * collected, 执法证 examinations, hazards rectified — stands beside the facts it resembles: case files reviewed, the legal
 * review of major enforcement decisions, enforcement training and legal publicity — written without reading the
 * extractor, its vocabulary or any other labelled case. Labels are what the report states: cases, checks and permits
 * are no files reviewed, decisions reviewed are no major administrative decisions, examinees are no trainees. Same
 * format and scorer as the other blind sets (see test/corpus/README.md). The floors sit below the measured figures
 * given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.4 / 97.0 (precision / recall %) at 339b561a, before its failures were read; 99.4 / 97.0 after
// the stop's mends (stop 42)
// measured blind 99.4 / 97.0 (precision / recall %) at 339b561a, before its failures were read; 99.4 / 97.0 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and thirty-ninth blind corpus', 'test/corpus/blind439', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
