/**
 * The hundred-and-eleventh blind corpus (test/corpus/blind111/*.yaml): 30 whole reports of bodies rarely seen in the
 * other sets — vertical 税务局s under 国家税务总局, 生态环境分局s of a city bureau, 自然资源和规划局s, a 林业局, a 气象局, a
 * 粮食和物资储备局, 医疗保障局s, a 民族宗教事务局, a 住房公积金管理中心 and other 事业单位 with administrative powers, and
 * 开发区 / 高新区 管委会s — beside the 司法局s, governments, towns, a 乡 and a street whose reports meet the same fields, written
 * without reading the extractor, its vocabulary or any other labelled case. Each domain's own words are the traps: 行政处罚
 * counts, 12345 诉求, 信访, 12366 / 12369 / 12393 / 12325 / 12121, 税务行政复议 as respondent, 生态环境损害赔偿磋商 and 司法确认,
 * 医保基金检查 and 飞行检查 findings, 林业案件 (刑事 beside 行政), 土地 and 山林权属 调处, 信用修复, 约谈 of firms. Same format and
 * scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.8 / 95.0 (precision / recall %) at 3ae84b7, before its failures were read; 98.8 / 95.0 after
// the stop's mends (stop 34)

describeBlindSet('hundred-and-eleventh blind corpus', 'test/corpus/blind111', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.93,
});
