/**
 * The two-hundred-and-eighty-second blind corpus (test/corpus/blind282/*.yaml): 30 whole reports of 司法局s, county and
 * district governments, towns, streets, a 乡 and departments (农业农村, 民政 …) on 法律明白人, 学法用法示范户 and
 * 民主法治示范村 — the year's new understanders beside running totals (累计, 八五期间, 总数, 现有), per village (每村不少于,
 * 每村4名 共56名), trained in 人次 and 期, certified (认证, 颁证, 新晋), netted (净增), in tables of 新增｜累计, and the
 * households and villages named beside them — written without reading the extractor, its vocabulary or any other
 * labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors are
 * placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('two hundred and eighty-second blind corpus', 'test/corpus/blind282', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
