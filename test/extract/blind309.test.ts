/**
 * The three-hundred-and-ninth blind corpus (test/corpus/blind309/*.yaml): 30 whole reports of towns, streets, a 乡,
 * 司法局s, county and district governments and departments whose mediation, legal aid, publicity, 法律明白人 and
 * training figures are told unit by unit by name (甲村18件、乙村15件; 城关所…、河口所…; a bureau's 中队 and 所; a
 * county's tiers) — with the total written after the units (共 / 合计 / 以上共计), before them (共…，其中… / 分别是),
 * disagreeing with them, in a table with or without a 合计 row, or not written at all; named units given only as
 * examples (如 / 以…为例 / 等), the best and the worst unit's figure, other years' unit figures, 各 and 其余 — written
 * without reading the extractor, its vocabulary or any other labelled case. Labels are what a careful assessor takes as
 * the reporter's figure: the written total where one is stated, the sum of a whole list where none is, nothing from a
 * list of examples. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors are
 * placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('three-hundred-and-ninth blind corpus', 'test/corpus/blind309', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
