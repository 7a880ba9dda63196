/**
 * The seven-hundred-and-nineteenth blind corpus (test/corpus/blind719/*.yaml): 30 whole reports of townships — towns 镇,
 * 乡 and streets 街道, with a 司法局, a county government, a department and a town head's 述职述法报告 beside them — that
 * give their villages' and communities' figures next to the township government's own: 一村一法律顾问 (the town with its
 * villages as one subject, its own adviser apart, its own none), the town committee's mediation and the villages'
 * committees' stated apart or as 镇村两级 / 含社区上报, villages' secretaries' 述职述法 beside the town head's own, 法律明白人
 * per village, in totals, 累计 beside 新培养 and corrected later, and the township's own decisions, documents, suits and
 * respondent cases (zeros included), with county figures, other years, plans and other domains as traps. Written without
 * reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// placeholder floors until the set is measured

describeBlindSet('seven hundred and nineteenth blind corpus', 'test/corpus/blind719', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
