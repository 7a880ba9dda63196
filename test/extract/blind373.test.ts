/**
 * The three hundred and seventy-third blind corpus (test/corpus/blind373/*.yaml): 30 whole reports of departments,
 * 司法局s, governments and towns whose totals are broken down across their own tiers — 局机关, 下属单位, 二级单位, 全系统,
 * 全局, 司法所, 执法大队 and 市场监管所 — with 其中, 含, brackets, tables of a system's and an office's columns and 分别,
 * where the reporter's own figure is sometimes the system's total and sometimes only the office's — written without
 * reading the extractor, its vocabulary or any other labelled case. Same format and scorer as the other blind sets (see
 * test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('three hundred and seventy-third blind corpus', 'test/corpus/blind373', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
