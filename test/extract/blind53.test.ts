/**
 * The fifty-third blind set (test/corpus/blind53/*.yaml): one fictional mountain county's 2025 round —
 * twenty-one county departments, fifteen towns, 乡 and 街道, and four documents that are not the year's
 * annual report (a 2026 工作要点, a 述职述法 report, a 1—11月 总结, a 督察整改 report). Written blind (see
 * test/corpus/README.md). The thresholds are placeholders until the set is measured; the printed
 * figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('fifty-third blind corpus', 'test/corpus/blind53', {
  minCases: 36,
  minPrecision: 0.8,
  minRecall: 0.7,
});
