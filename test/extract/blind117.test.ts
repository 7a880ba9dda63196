/**
 * The hundred-and-seventeenth blind corpus (test/corpus/blind117/*.yaml): 30 whole reports as they arrive copied out of
 * PDF and Word files — page footers (— 3 —, 第 2 页 共 5 页, -2-, ·3·, 第2页) and running heads (the title, the body's
 * name, a stale template title of last year) in the middle of sentences, cues, figures and headings; reports
 * hard-wrapped at one page width with the lines breaking inside words and figures; footnote and endnote markers (①,
 * [1], ¹, ※, *, 注1) after figures with the notes' own text; tables broken across a page with their header repeated (or
 * not); full-width spaces, tabs and Word line numbers; and a stray 附件 page inside or after a report — written without
 * reading the extractor, its vocabulary or any other labelled case. Labels are what the report states as a reader
 * reads it whole: page numbers, markers, line numbers and the stray page's figures are no values. Same format and
 * scorer as the other blind sets (see test/corpus/README.md). The floors sit below the set's measured figures.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.9 / 93.8 (precision / recall %) at 0740cd3, before its failures were read; 99.4 / 94.2 after
// the stop's mends (stop 34)

describeBlindSet('hundred-and-seventeenth blind corpus', 'test/corpus/blind117', {
  minCases: 28,
  minPrecision: 0.98,
  minRecall: 0.92,
});
