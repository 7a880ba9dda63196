/**
 * The twelfth blind set (test/corpus/blind12/*.yaml): a fifteenth labelled set, written blind —
 * without reading the extractor, the pack's facts and vocabulary files, any other labelled case or
 * any extraction output — about half whole reports of 市 / 区 / 县级市 governments and their 司法局s
 * (report years 2024 and 2025), the rest passages cut from such reports and distractors. Same format
 * and scorer as the other blind sets (see test/corpus/README.md), including the `distractor`
 * phenomenon. The floors are provisional until the set is first measured; the printed figures are
 * what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('twelfth blind corpus', 'test/corpus/blind12', { minCases: 90, minPrecision: 0.8, minRecall: 0.7 });
