/**
 * The five-hundred-and-seventieth blind corpus (test/corpus/blind570/*.yaml): 30 whole reports of 司法局s, county and
 * district governments, departments (市场监管, 自然资源, 人社, 交通运输, 卫健, 住建, 教育, 应急管理, 农业农村) and towns,
 * a 乡 and streets that tell what is undone, half done or hedged in long sentences — 尚未实现述法全覆盖, 仍未整改到位,
 * 有待实现, 不够, 基本实现 / 基本整改, 大部分, 仅部分, 除…外均已…, 未能全部配备, claims undone again in the problems part,
 * figures far from their 未 (其余94件均已审结 after 除3件正在审理外), double negatives (没有不述法的单位, 无一未经合法性审查,
 * 无一没有法律顾问, 没有一件…不出庭, 不是没有开展) and bounds that are no rates (不足95%, 不低于98%) — beside true affirmative
 * claims in the same reports, so not everything read is negative. Written without reading the extractor, its vocabulary
 * or any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 * The floors sit below the measured figures given beside them.
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 98.5 / 95.1 (precision / recall %) at 1a1a7a3, before its failures were read; 98.5 / 95.1 after
// the stop's mends (stop 45)

describeBlindSet('five hundred and seventieth blind corpus', 'test/corpus/blind570', {
  minCases: 28,
  minPrecision: 0.97,
  minRecall: 0.93,
});
