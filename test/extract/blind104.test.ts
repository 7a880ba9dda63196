/**
 * The hundred-and-fourth blind corpus (test/corpus/blind104/*.yaml): twenty long whole reports for 2025 (about 2,500 to
 * 2,750 characters each) as government websites publish them — a county and a district government, their two 司法局s,
 * ten departments, towns, a 乡 and streets — in the full official register, where most sentences state no figure and the
 * facts sit scattered through policy prose, the 第一责任人 part, the shortcomings and their causes, last year's problems and
 * the 2026 plans. Written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer
 * as the other blind sets (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('hundred-and-fourth blind corpus', 'test/corpus/blind104', {
  minCases: 18,
  minPrecision: 0.8,
  minRecall: 0.7,
});
