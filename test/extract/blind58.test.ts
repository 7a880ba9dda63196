/**
 * The fifty-eighth blind set (test/corpus/blind58/*.yaml): heads and tails of reports and short whole
 * documents — who reports (governments, offices, towns, an ethnic 乡, streets, vertical bureaus, a 管委会,
 * 群团, 事业单位), which year (title, opening, 落款, 文号, several years), what document (年度报告, 工作总结,
 * 工作要点, 述职述法报告, 自查报告, 情况汇报), which part of the year, and which statutory parts (merged, nested,
 * unnumbered or missing). Written blind (see test/corpus/README.md). The thresholds are placeholders
 * until the set is measured; the printed figures are what matter.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('fifty-eighth blind corpus', 'test/corpus/blind58', {
  minCases: 115,
  minPrecision: 0.8,
  minRecall: 0.7,
});
