/**
 * The four hundred and seventy-ninth blind corpus (test/corpus/blind479/*.yaml): 30 full-length annual reports of
 * towns (镇), 乡 and streets (街道) as they are really written, 1,230 to 1,279 characters each — the party committee's
 * and the government's meetings on rule of law (党委会…3次；镇长办公会…2次) and the centre group's study beside 会前学法,
 * the town's comprehensive enforcement team, its training (此外…, 2期, kinds summed) and its files (自查 beside a
 * 司法局's 抽查), legal advisers for the town and its villages (together → full, apart → held, the villages alone →
 * nothing), 普法 and 民主法治示范村, mediation by the town's and the villages' committees stated apart (added) or as
 * 镇村两级 / （含社区上报） (whole), 法律明白人 (累计 beside 今年新培养), reconsideration and litigation as respondent
 * (corrections by type, 均已审结, 0件, 共同被诉…除此之外), the town head's 述法, rectification of a 督察's problems
 * (not a 巡察's), shortcomings with and without causes, and plans — beside the county's or district's own figures,
 * other years', other bodies' mediation (医调委, 劳动争议, 交通事故), civil suits and 隐患整改. Written without reading the
 * extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.1 / 95.6 (precision / recall %) at 725fb34, before its failures were read; 99.1 / 96.0 after
// the stop's mends (stop 43)

describeBlindSet('four hundred and seventy-ninth blind corpus', 'test/corpus/blind479', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.94,
});
