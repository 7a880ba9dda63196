/**
 * The three hundred and seventeenth blind corpus (test/corpus/blind317/*.yaml): 30 whole reports of 司法局s, towns,
 * streets, a 乡, county and district governments and departments on legal aid, 人民调解 and public legal services, with
 * their figures given in prose and in small tables of several layouts — label｜value rows with the unit in the label,
 * columns per year (2023年｜2024年, 2024年｜2025年, 本年｜上年, a 目标 column), a 全区｜本街道 or 全区｜本级 scope header, a
 * 合计 row under tiers or quarters — and a few figures in brackets or footnotes (①, [注], ※, 注：…以本说明为准) — written
 * without reading the extractor, its vocabulary or any other labelled case. Labels are what the report states as a
 * reader reads it whole. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors are
 * placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('three hundred and seventeenth blind corpus', 'test/corpus/blind317', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
