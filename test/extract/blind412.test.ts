/**
 * The four hundred and twelfth blind corpus (test/corpus/blind412/*.yaml): 30 whole reports on administrative
 * reconsideration and litigation told by every side — county and district governments as the reviewing organ (and as
 * the region's respondent in court), 司法局s reporting the organ's and the region's figures, departments, towns, a 乡 and
 * streets as 被申请人 and 被告: applications received and accepted, cases concluded, corrections by kind (撤销, 变更,
 * 确认违法, 责令履行), suits, losses, heads' appearances due and made — with rates written beside their counts (some
 * agreeing, some not), rates only, counts only, and last year's figures in brackets — written without reading the
 * extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('four hundred and twelfth blind corpus', 'test/corpus/blind412', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
