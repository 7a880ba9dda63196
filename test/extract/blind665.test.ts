/**
 * The six-hundred-and-sixty-fifth blind corpus (test/corpus/blind665/*.yaml): 30 whole reports heavy on government
 * openness and digital services — 政务公开 (信息条数, 政策解读, 依申请公开, 政府开放日), 一网通办 (办件量, 网办率, 好评率,
 * 好差评), 12345 热线 (工单, 办结率, 满意率), 网格, 营商环境, 电子证照 — whose many figures are no fact of the list, beside the
 * few that are (复议, 应诉, 调解, 12348, 培训, 评查, 普法, 述法, 规范性文件, 重大决策). Bodies: 司法局s, county and district
 * governments, departments (行政审批服务局, 数据资源管理局, 医疗保障局, 人社局, 政务服务管理办公室, 住建局, 交通运输局, 应急管理局,
 * 教育局, 卫健委, 区政府办公室), towns, a 乡 and streets; 2024 and 2025 reports, annual reports and work summaries,
 * part-year ones, signature-only ones. Written without reading the extractor, its vocabulary or any other labelled
 * case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.9 / 98.4 (precision / recall %) at fb3b77a, before its failures were read; 99.9 / 98.4 after
// the stop's mends (stop 46)

describeBlindSet('six-hundred-and-sixty-fifth blind corpus', 'test/corpus/blind665', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.96,
});
