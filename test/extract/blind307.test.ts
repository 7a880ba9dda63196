/**
 * The three hundred and seventh blind corpus (test/corpus/blind307/*.yaml): 30 whole reports about enforcement training
 * told with the officers named by post or certificate — 水政监察人员, 劳动保障监察员, 渔政执法人员, 卫生监督员, 民警,
 * 新取得执法证件人员 — beside trainees who are no officers (辅助执法人员, 协管员, 协理员, 辅警, 网格员, 村干部, boatmen,
 * firms' managers, doctors), with more of the same told after 此外, 另, 另外 or 另有 and classes of others told the same
 * way — written without reading the extractor, its vocabulary or any other labelled case. Officers named by post are
 * officers; a 此外 / 另 class of the same body's officers is added; a class of auxiliaries, another body's class, or what
 * the officers attended elsewhere is not; a total holding auxiliaries with no officers' figure leaves the trainees open.
 * Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 97.4 / 96.6 (precision / recall %) at 9f4d2c97, before its failures were read; 97.4 / 96.6 after
// the stop's mends (stop 39)
describeBlindSet('three hundred and seventh blind corpus', 'test/corpus/blind307', {
  minCases: 28,
  minPrecision: 0.96,
  minRecall: 0.94,
});
