/**
 * The three hundred and fiftieth blind corpus (test/corpus/blind350/*.yaml): 30 whole reports of public security, fire
 * rescue and traffic police bureaus (公安局, 公安分局, 消防救援大队, 交通警察大队) and of the 司法局s, governments and towns that review
 * their enforcement — reports full of enforcement figures that are no fact of the checklist (cases, detentions,
 * inspections, fines, accidents, 临时查封, 执法资格考试 passes), the legal review of major enforcement decisions, training given
 * in 期 and 场, and reconsideration and litigation with the bureau as respondent — written without reading the extractor,
 * its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.6 / 95.6 (precision / recall %) at bef78cf7, before its failures were read; 98.6 / 95.6 after
// the stop's mends (stop 40)
describeBlindSet('three hundred and fiftieth blind corpus', 'test/corpus/blind350', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.93,
});
