/**
 * The four hundred and thirty-sixth blind corpus (test/corpus/blind436/*.yaml): 30 whole reports whose figures are
 * given in an annex at the end — 附表, 附件：主要数据, 数据一览, 附：主要数据 — after the signature or after the plan: some
 * figures only there (the body pointing to them with 详见附表 / 见附件), some repeating the body (the same, or exact where
 * the body rounds them), some differing from it (with no note, with a note naming which stands, or scoped otherwise —
 * 全县 / 本级, 全区 / 本街道, 含村级), with notes under the table (注：…含…, 不含…, 数据截至…, a rate's base), year columns,
 * target tables under the plan, and annexes left out (附表略) — written without reading the extractor, its vocabulary
 * or any other labelled case. Same format and scorer as the other blind sets (see test/corpus/README.md).
 */
import { describeBlindSet } from './corpus-score.js';

// measured blind 95.9 / 90.1 (precision / recall %) at be66dfbe, before its failures were read; 96.4 / 90.2 after
// the stop's mends (stop 42)
// measured blind 95.9 / 90.1 (precision / recall %) at be66dfbe, before its failures were read; 96.4 / 90.2 after
// the stop's mends (stop 42)
describeBlindSet('four hundred and thirty-sixth blind corpus', 'test/corpus/blind436', {
  minCases: 28,
  minPrecision: 0.95,
  minRecall: 0.88,
});
