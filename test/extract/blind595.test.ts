/**
 * The five-hundred-and-ninety-fifth blind corpus (test/corpus/blind595/*.yaml): 30 whole reports of social-service
 * departments — 教育局 (and an 教育和体育局), 卫生健康委员会 / 卫生健康局, 民政局, 医疗保障局, 人力资源和社会保障局 — with a
 * 司法局, a county government, a town, a 乡 and a street, whose reports mix the body's own rule-of-law
 * figures with those of the schools, hospitals and institutions under or beside it: schools' 法治教育 activities, 法治副校长
 * lectures and 家校纠纷, hospitals' 病历评查, 医患投诉 and 医疗损害 civil suits, a 医调委's cases, elder-care homes' and a
 * 婚姻登记处's dispute work, designated pharmacies' 约谈 and self-inspection, a 劳动人事争议仲裁院's intake, 调解 and
 * 零改判, teachers' and medical staff's 培训, a 技工学校's 法治进校园, and tables with a 局机关 column beside an institute's.
 * Labels are the reporter's own figures; the institutions' are no facts of the bureau's. Written without reading the
 * extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.4 / 97.7 (precision / recall %) at e7de164, before its failures were read; 99.5 / 97.7 after
// the stop's mends (stop 45)

describeBlindSet('five-hundred-and-ninety-fifth blind corpus', 'test/corpus/blind595', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.95,
});
