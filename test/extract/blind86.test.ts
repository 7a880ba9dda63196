/**
 * The eighty-sixth blind corpus (test/corpus/blind86/*.yaml): 30 whole reports of towns, 乡, a 瑶族乡, a 苏木 and streets
 * (report year 2025, four of 2024) as a county's rule-of-law office receives them, each stating its own figures beside
 * its villages' or communities', the county's or the 旗's, the 司法所's and the 司法局's, last year's and next year's,
 * written without reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other
 * blind sets (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('eighty-sixth blind corpus', 'test/corpus/blind86', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
