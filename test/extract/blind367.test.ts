/**
 * The three-hundred-and-sixty-seventh blind corpus (test/corpus/blind367/*.yaml): 30 whole reports on law popularisation
 * (普法) counted every way — events by kind, by month and by quarter, with a total and its 其中 parts; per unit with 各 and
 * 分别 (tiers of a region, a bureau's own 大队, a 委机关 with its hospitals, a street with its communities); audiences and
 * materials (人次, 份, 册, 万次 plays, film screenings) that are no events; the 谁执法谁普法 duty system stated, reviewed,
 * merely themed, reduced to a 普法责任清单 or stated as not yet in place; 法律明白人 beside their stock and beside
 * 学法用法示范户; and events of other bodies the reporter only joined — written without reading the extractor, its
 * vocabulary or any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// floors are placeholders until the set is measured

describeBlindSet('three hundred and sixty-seventh blind corpus', 'test/corpus/blind367', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
