/**
 * The five-hundred-and-eighth blind corpus (test/corpus/blind508/*.yaml): 30 whole reports of county and district
 * governments, 司法局s, departments, towns, a 乡 and streets, written as dense as such reports come — long paragraphs
 * where one sentence packs four or five figures of different facts (复议收案、审结、纠错, 应诉、出庭、败诉, 调解受理、成功,
 * 法律援助, 12348 咨询, 普法场次) joined by 、，；, with the subject changing mid-sentence (全县 → 本局 → 县司法局组织的 →
 * 各村调委会; 全区…, 我镇…), other years' figures (上年为, 2023年, 同期) and plans (计划, 力争, 拟) wedged between this year's,
 * figures in Chinese numerals, full-width digits and 壹佰陆拾肆, and a figure corrected later in the report. Written
 * without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind
 * sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// placeholder floors until the set is measured

describeBlindSet('five hundred and eighth blind corpus', 'test/corpus/blind508', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
