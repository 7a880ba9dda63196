/**
 * The hundred-and-thirty-second blind corpus (test/corpus/blind132/*.yaml): 30 full-length reports of 司法局s, county
 * and district governments, towns, a 乡, streets and departments, each with all the usual parts — the year's measures in
 * several sub-parts, last year's rectification, shortcomings, the 第一责任人 part and next year's plan — and many facts
 * spread across them: figures told twice (once in an opening summary, once in detail) with the same value, other years'
 * figures beside the report year's, other bodies' figures beside the reporter's own, other fields' look-alikes, and
 * next-year plans whose figures are targets. Written without reading the extractor, its vocabulary or any other
 * labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors sit
 * below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 99.1 / 96.1 (precision / recall %) at 698f64f, before its failures were read; 99.2 / 96.2 after
// the stop's mends (stop 35)
describeBlindSet('hundred-and-thirty-second blind corpus', 'test/corpus/blind132', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.94,
});
