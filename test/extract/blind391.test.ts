/**
 * The three-hundred-and-ninety-first blind corpus (test/corpus/blind391/*.yaml): 30 whole reports of vertically managed
 * bureaus that report to a county — 国家税务总局…县税务局s, 市场监督管理局…分局s, 公安局…分局s, 生态环境局…分局s and
 * 自然资源所s — with their system's totals (全市税务系统, 全市生态环境系统), the city bureau's figures (its samples of the
 * reporter's files, its 轮训 the reporter's staff attended, its decisions on the reporter's 复议), their own 分局s, 所s,
 * 派出所 and stations, and what the county asked of them (任务清单, 要求…不少于, 报送) beside what they did; and a file of
 * county governments, 司法局s and a town that report on such bureaus. Written without reading the extractor, its
 * vocabulary or any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('three hundred and ninety-first blind corpus', 'test/corpus/blind391', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
