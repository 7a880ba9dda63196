/**
 * The sixty-seventh blind corpus (test/corpus/blind67/*.yaml): excerpts on normative documents (made, filed,
 * cleaned up, none made; the government's vs the department's, party documents), legality review, major
 * decisions and legal advisers, written blind (see test/corpus/README.md). Same format and scorer as the
 * other blind sets. The floors are placeholders until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('sixty-seventh blind corpus', 'test/corpus/blind67', {
  minCases: 125,
  minPrecision: 0.8,
  minRecall: 0.7,
});
