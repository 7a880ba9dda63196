/**
 * The hundred-and-twenty-second blind corpus (test/corpus/blind122/*.yaml): 30 whole reports written plainly by small
 * bodies — a 统计局, a 医保局, a 退役军人事务局, 乡s, streets, towns, 事业单位 with administrative powers and a 司法所
 * reporting for its town, beside a few 司法局s and district governments — in colloquial wording (我们局今年搞了…, 一共…,
 * 差不多…, 大概…, 前后…, 来, 左右), long run-on sentences strung with 、 and ，, figures in words and digits mixed, few
 * headings or informal ones (先说… / 再说… / 最后…, 【干了啥】, 毛病, 下步), and frank admissions of what was not done
 * (没搞, 推迟到明年, 只学了2次, 没达到, 还没解决) — written without reading the extractor, its vocabulary or any other
 * labelled case. Hedged figures are the figures; a writer's disowned count is open. Same format and scorer as the other
 * blind sets (see test/corpus/README.md). The floors are placeholders until the set is measured.
 */
import { describeBlindSet } from './corpus-score.js';

describeBlindSet('hundred-and-twenty-second blind corpus', 'test/corpus/blind122', {
  minCases: 28,
  minPrecision: 0.8,
  minRecall: 0.7,
});
