/**
 * The three hundred and second blind corpus (test/corpus/blind302/*.yaml): 30 whole reports whose figures stand in
 * tables of every layout a converter leaves — box-drawing lines (│ ┃ ║ ─, ┌┬┐ and ╔╦╗ frames, ─ rules with
 * blank-aligned columns), markdown pipes (with and without the |---| line), tab-separated rows, runs of blanks,
 * numbering columns (序号 in 1, 一, （一）), unit columns (单位), remark columns (备注, 说明) holding figures of their own —
 * with the year's figures beside the year before's, targets (年度目标, 2026年目标), 同比 and 增减 columns, a region's
 * column beside the reporter's own, and columns in either order — written without reading the extractor, its
 * vocabulary or any other labelled case. Labels are what a reader takes from each table as the report states it: the
 * report year's done column, the reporter's own column, a remark's figure only where it counts the row's own thing.
 * Same format and scorer as the other blind sets (see test/corpus/README.md). The floors are placeholders until the
 * set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('three hundred and second blind corpus', 'test/corpus/blind302', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
