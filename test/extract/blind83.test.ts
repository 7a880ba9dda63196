/**
 * The eighty-third blind corpus (test/corpus/blind83/*.yaml): 100 heads and tails of documents (title blocks, 文号,
 * 签发人, 主送, openings, signatures, dates, 抄送 and 印发 lines) with a fact or two between, labelled for who reports,
 * which year, what document and which part of the year, written without reading the extractor, its cue vocabulary,
 * the other labelled sets or any extraction output (see test/corpus/README.md). The floors are placeholders until
 * the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('eighty-third blind corpus', 'test/corpus/blind83', {
  minCases: 95,
  minPrecision: 0.8,
  minRecall: 0.7,
});
