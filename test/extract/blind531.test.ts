/**
 * The five-hundred-and-thirty-first blind corpus (test/corpus/blind531/*.yaml): 30 whole reports with annexes after the
 * signature — 附件 and 附表 statistics tables (one column, year columns 项目｜2024年｜2025年, scope columns 全区｜本街道 or
 * 全区｜区司法局本级, quarter rows with a 合计), lists of the normative documents a body issued in the year (or of older
 * documents cleaned up, or of the government's documents filed with a 司法局), a list of meetings, a table of next year's
 * targets, another body's figures (县司法局提供), and corrections notes (更正说明, 勘误) that correct the body or the annex —
 * where figures appear in both the body and the annex, agreeing or not, or only in the annex. Bodies: 司法局s,
 * county and district governments, departments of several kinds, towns, a 乡 and streets, reports of 2024 and 2025.
 * Written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the
 * other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// placeholder floors until the set is measured

describeBlindSet('five hundred and thirty-first blind corpus', 'test/corpus/blind531', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
