/**
 * The four hundred and seventy-eighth blind corpus (test/corpus/blind478/*.yaml): 30 full-length annual reports (1,570 to
 * 1,644 characters without whitespace) of county-level departments without big enforcement teams — 教育局, 民政局, 财政局,
 * 发展和改革局, 统计局, 审计局, 文化广电和旅游局, 科学技术局, 商务局, 乡村振兴局 — as such reports are written: the 党组's own
 * study beside 会前学法 and the 县委 centre group's, the legal adviser (the bureau alone, with its units, partial, none),
 * normative documents and major decisions (counts, 均经审核 with no count, 未制定, 无重大行政决策), the few enforcement
 * cases, training (counts, two kinds summed, 期, attended only another body's) and case files (counts, 交叉评查, 未开展),
 * 普法 in the bureau's field (its own part of the county's total), litigation and reconsideration as respondent (none,
 * one suit 驳回, several with appearances, all 维持, corrections by type), the head's 述法 in the year-end 述职,
 * shortcomings (with causes or not), last year's problems rectified, and next year's plans. Traps: the field's own words
 * in another sense (教师培训, 婚姻家庭纠纷调解, 旅游投诉调解, 价格争议调解, 审计整改, 政府采购投诉, an enterprise's 约谈), other
 * years' figures, the county's figures, and plans. Written without reading the extractor, its vocabulary or any other
 * labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.8 / 92.8 (precision / recall %) at 0df7daa, before its failures were read; 99.8 / 92.8 after
// the stop's mends (stop 43)

describeBlindSet('four hundred and seventy-eighth blind corpus', 'test/corpus/blind478', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.9,
});
