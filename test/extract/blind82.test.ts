/**
 * The eighty-second blind corpus (test/corpus/blind82/*.yaml): 100 document skeletons labelled with the statutory parts
 * their headings name (synonyms, merged headings, numbering conventions, parts as sub-parts, lead phrases, run-in,
 * bold and paged headings, look-alikes) and the few facts their bodies state, written without reading the extractor,
 * its cue vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The thresholds are placeholders until the set is measured; the printed figures are what
 * matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('eighty-second blind corpus', 'test/corpus/blind82', {
  minCases: 96,
  minPrecision: 0.8,
  minRecall: 0.7,
});
