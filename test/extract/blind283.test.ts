/**
 * The two hundred and eighty-third blind corpus (test/corpus/blind283/*.yaml): 30 whole reports whose account of the
 * year sets plans and outcomes side by side — 年初计划…实际…, 目标…完成…, 原定…调整为…实际…, 超额完成 (with a figure, with
 * none, as a share of the plan), 未完成 and 仅完成, a task's 完成率, tables of 年初计划｜实际完成 — for enforcement
 * training, case-file review, legal publicity, leadership law study and rule-of-law meetings, with next year's targets
 * in the plan part — written without reading the extractor, its vocabulary or any other labelled case. Labels are the
 * done figures: a plan, a target, an adjusted plan, a difference from the plan and a share of it are no values. Same
 * format and scorer as the other blind sets (see test/corpus/README.md). The floors are placeholders until the set is
 * measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('two hundred and eighty-third blind corpus', 'test/corpus/blind283', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
