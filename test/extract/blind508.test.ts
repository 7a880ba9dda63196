/**
 * The five-hundred-and-eighth blind corpus (test/corpus/blind508/*.yaml): 30 whole reports of county and district
 * governments, 司法局s, departments, towns, a 乡 and streets, written as dense as such reports come — long paragraphs
 * where one sentence packs four or five figures of different facts (复议收案、审结、纠错, 应诉、出庭、败诉, 调解受理、成功,
 * 法律援助, 12348 咨询, 普法场次) joined by 、，；, with the subject changing mid-sentence (全县 → 本局 → 县司法局组织的 →
 * 各村调委会; 全区…, 我镇…), other years' figures (上年为, 2023年, 同期) and plans (计划, 力争, 拟) wedged between this year's,
 * figures in Chinese numerals, full-width digits and 壹佰陆拾肆, and a figure corrected later in the report. Written
 * without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind
 * sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.8 / 95.9 (precision / recall %) at ff82923, before its failures were read; 99.2 / 96.3 after
// the stop's mends (stop 44)

describeBlindSet('five hundred and eighth blind corpus', 'test/corpus/blind508', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.94,
});
