/**
 * The hundred-and-second blind corpus (test/corpus/blind102/*.yaml): 132 excerpts whose figures carry parenthetical
 * remarks and breakdowns as real reports write them — a total with its parts in brackets (其中 / 含 / kinds / types), 含上年结转
 * and 不含 notes, 注： / 备注： / 说明： lines, brackets of every width (（）, (), 【】, [], 〔〕, nested), a bracketed figure that
 * is the fact itself, a part of it, another fact, another year's or another body's figure, and brackets explaining a zero
 * or an exception — written without reading the extractor, its vocabulary or any other labelled case. Same format and
 * scorer as the other blind sets (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('hundred-and-second blind corpus', 'test/corpus/blind102', {
  minCases: 128,
  minPrecision: 0.8,
  minRecall: 0.7,
});
