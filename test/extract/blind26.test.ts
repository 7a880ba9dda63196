/**
 * The twenty-sixth blind corpus (test/corpus/blind26/*.yaml): a twenty-ninth labelled set, written
 * blind (without reading the extractor, its cue vocabulary, any other labelled case or extraction
 * output): one fictional county's whole 2025 assessment round — 县直 departments (vertical and mass
 * bodies too), towns and streets, the county government, its 司法局, a development zone, and five
 * documents that are not annual reports. Same format and scorer as the other sets (see
 * test/corpus/README.md). The floors are placeholders until the set is measured; the printed
 * figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('twenty-sixth blind corpus', 'test/corpus/blind26', {
  minCases: 66,
  minPrecision: 0.8,
  minRecall: 0.7,
});
