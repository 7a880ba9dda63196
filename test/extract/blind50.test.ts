/**
 * The fiftieth blind corpus (test/corpus/blind50/*.yaml): excerpts on normative documents, major
 * decisions, legal advisers, legality review and fair-competition review, written blind (see
 * test/corpus/README.md). Same format and scorer as the other blind sets; the floors are
 * placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('fiftieth blind corpus', 'test/corpus/blind50', { minCases: 125, minPrecision: 0.8, minRecall: 0.7 });
