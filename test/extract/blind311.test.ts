/**
 * The three-hundred-and-eleventh blind corpus (test/corpus/blind311/*.yaml): 30 whole reports that tell their
 * administrative lawsuits suit by suit across first instance and appeal — a loss at first instance reversed on appeal,
 * a win overturned, suits still pending at year end, suits withdrawn before or after a hearing, suits carried over from
 * last year and last year's suits decided this year — in 司法局s', governments', towns' and streets' and departments'
 * reports, written without reading the extractor, its vocabulary or any other labelled case. Labels are the year's
 * suit counts, losses, loss rates (as written, over concluded cases too, with their gap to the counts) and the heads'
 * attendance in court. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors are
 * placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('three hundred and eleventh blind corpus', 'test/corpus/blind311', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
