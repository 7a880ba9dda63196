/**
 * The two hundred and fifty-third blind corpus (test/corpus/blind253/*.yaml): 30 whole reports whose figures are told
 * as changes against last year — 同比增长 N%, 较上年增加 N 件, 比上年多 N 场次, 下降 N 个百分点, 由上年的…提高到…, 翻了一番,
 * 增加一倍, 是上年的 N 倍, 减半, 与上年持平, 连续 N 年保持 — sometimes beside the year's own figure and sometimes alone,
 * with last year's figure in brackets (上年 N 件) now and then — written without reading the extractor, its vocabulary
 * or any other labelled case. Labels are what the report states of its own year: the level beside a change is the
 * value; a change alone, a multiple alone and a sameness with no figure give none, so a change is never taken as a
 * level. Same format and scorer as the other blind sets (see test/corpus/README.md). The floors are placeholders until
 * the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('two hundred and fifty-third blind corpus', 'test/corpus/blind253', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
