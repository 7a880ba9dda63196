/**
 * The three hundred and seventieth blind corpus (test/corpus/blind370/*.yaml): 30 whole reports written the way real
 * ones are — long dense paragraphs with many figures to a sentence, data tables written in text (｜-separated rows
 * under a header naming years, scopes or target and done), attachments after the signature (tables, lists, a
 * correction note, last year's figures, next year's plan) and a summary at the top whose figures the body repeats —
 * written without reading the extractor, its vocabulary or any other labelled case. Labels are what the report states
 * as a reader reads it whole: a figure told twice is one value, a column of another year or scope is no value, and a
 * correction after the signature replaces the body's figure. Same format and scorer as the other blind sets (see
 * test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('three hundred and seventieth blind corpus', 'test/corpus/blind370', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
