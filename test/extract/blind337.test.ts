/**
 * The three hundred and thirty-seventh blind corpus (test/corpus/blind337/*.yaml): 30 whole reports whose title, first
 * line and signature disagree or are incomplete — titles naming only a place (蕒川县…, 蔈岭镇…) with the body named in
 * the signature, red-head issuer lines (…文件, a 文号 of the next year, 签发人) above a title with no body or a short
 * one, signatures that drop the county (自然资源局, 苈汊镇人民政府, 教体局) or add it to a short title, titles set over two
 * lines (the body and the year apart, a name broken inside a word, the year first), 关于…的报告 forms with and without
 * the body, and joint party–government signatures (中共…委员会 with …人民政府, 党委 with 政府 of a town, 依法治县办 with
 * the 司法局) — written without reading the extractor, its vocabulary or any other labelled case. Labels: the authority's
 * whole name where one line gives it (unjudged where two whole names differ or none is whole, and for joint reports),
 * role, level, region for county-level bodies, year, documentType and period, with every fact each report states.
 * Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.1 / 97.9 (precision / recall %) at 9e03cbbf, before its failures were read; 99.1 / 97.9 after
// the stop's mends (stop 40)
describeBlindSet('three hundred and thirty-seventh blind corpus', 'test/corpus/blind337', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
