/**
 * The forty-sixth blind corpus (test/corpus/blind46/*.yaml): heads and tails of reports and short whole documents,
 * written blind like the sets before it (see test/corpus/README.md), aimed at metadata and parts — who reports, which
 * year, what document, which period, which statutory parts. Same format and scorer as unseen.test.ts. The floors are
 * placeholders until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('forty-sixth blind corpus', 'test/corpus/blind46', {
  minCases: 115,
  minPrecision: 0.8,
  minRecall: 0.7,
});
