/**
 * The five hundred and seventh blind corpus (test/corpus/blind507/*.yaml): 30 whole reports of 2024 and 2025 whose
 * figures come in every form a report writes them — Chinese numerals (二十八件, 一百零五场, 二千一百零九件, 一千零四十五人次),
 * 万 and 余 and 近 (1.2万, 1.3万余人次, 2.36万件, 三十余场, 八百余人次, 两千零七十余件, 近3000人次), full-width digits and
 * signs (１２场次, ４５６人次, １００％, １,２０８户, ９／１９８), percentages in words (百分之九十五, 百分之九十八点六,
 * 百分之十点二, 百分之百), thousands separators (1,126件, 2,140卷, 4，210件), and fractions told as ratios and in words
 * (96.7%（29/30）, 100%（7/7）, 30件中29件, 56人中56人, 五十卷中四十八卷) — in otherwise ordinary reports of 司法局s,
 * governments, departments, towns, a 乡 and streets, with other years', other bodies' and planned figures beside them,
 * a 工作要点 and a part-year 工作总结, and a figure corrected in an 更正说明. Written without reading the extractor, its
 * vocabulary or any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.5 / 96.2 (precision / recall %) at f47f913, before its failures were read; 99.5 / 96.2 after
// the stop's mends (stop 44)

describeBlindSet('five hundred and seventh blind corpus', 'test/corpus/blind507', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.94,
});
