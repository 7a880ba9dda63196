/**
 * The five-hundred-and-second blind corpus (test/corpus/blind502/*.yaml): 30 whole reports that give figures of several
 * years at once — last year's and this year's in one sentence (2023年受理2,315件，2024年受理2,408件; 由上年的612件增加至
 * 655件; 较2024年的14件减少至8件), 同比 / 较上年 changes with and without the year's value (同比增长21.1%，上年同期为71件;
 * 纠错率同比下降3.1个百分点 alone), three-year series and year-headed tables (2023年至2025年分别为9.1%、7.4%、5.2%;
 * 项目｜2023年｜2024年｜2025年), running totals since a past year beside the year's own figure (2021年以来累计培养186名，2024年
 * 新培养42名; 累计达到210名 alone), years written in Chinese numerals (二〇二四年, 一二三四八热线) and reports whose year is
 * only in the body or an opening line (现将我局2025年度…报告如下, signed the next year). Bodies: seven 司法局s, seven governments,
 * nine departments, seven townships (three towns, two 乡s, two streets), 2024 and 2025 reports. Labels are the year's;
 * other years', changes, targets and running totals are no values. Written without reading the extractor, its
 * vocabulary or any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 100.0 / 97.3 (precision / recall %) at 8c69ab6, before its failures were read; 100.0 / 97.3 after
// the stop's mends (stop 44)

describeBlindSet('five hundred and second blind corpus', 'test/corpus/blind502', {
  minCases: 28,
  minPrecision: 0.99,
  minRecall: 0.95,
});
