/**
 * The six hundred and fiftieth blind corpus (test/corpus/blind650/*.yaml): 30 whole reports that state rates together
 * with the counts they come from — 负责人出庭应诉率 beside 出庭 and 应出庭, 行政复议纠错率 beside 纠错 and 审结, 败诉率 beside
 * 败诉 and 应诉案件, 调解成功率 beside 受理 and 调解成功, 规范性文件报备率 beside 制发 and 报备, 合法性审查率 beside the decisions
 * made — where the written rate matches its counts, rounds them differently (9.9 beside 15/152, 98 beside 261/265),
 * contradicts them (100% beside 37/39, 12.5% beside 9/63) or stands over another base (纠错数占收案数, 败诉率按已审结案件计算,
 * 出庭应诉率 over all suits, 调解成功率 over those mediated, succeeded cases carried over), or is written over a stated 0.
 * Bodies: 司法局s, county and district governments, departments of every kind, towns, a 乡 and streets, in 2024 and 2025
 * reports, with year-headed tables, brackets (60/63), Chinese numerals and full-width digits, a part-year summary and a
 * rate corrected later in the report. Written without reading the extractor, its vocabulary or any other labelled
 * case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.6 / 98.8 (precision / recall %) at 8f4aecb, before its failures were read; 99.6 / 98.8 after
// the stop's mends (stop 46)

describeBlindSet('six hundred and fiftieth blind corpus', 'test/corpus/blind650', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.96,
});
