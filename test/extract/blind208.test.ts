/**
 * The two-hundred-and-eighth blind corpus (test/corpus/blind208/*.yaml): 30 whole reports of bureaus whose subordinate
 * units — 执法大队, 稽查大队, 监督所, 司法所, 市场监管所, 自然资源所, 中心 and 站 — each report their own figures beside the
 * bureau's (training, case-file reviews, study sessions, meetings, advisers, suits, mediation, publicity), and of the
 * 司法局s, governments, towns and streets that tell of such units — written without reading the extractor, its
 * vocabulary or any other labelled case. Labels are the reporter's own figures: an enforcement arm's training and files
 * are the bureau's, other units' figures told as their own are not; a 司法局 and a government take their region's. Same
 * format and scorer as the other blind sets (see test/corpus/README.md). The floors are placeholders until the set is
 * measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('two-hundred-and-eighth blind corpus', 'test/corpus/blind208', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
