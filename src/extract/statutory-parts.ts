import type { FoundHeading } from './found-heading.js';
import { NUMBER } from './found-heading.js';
import { CUE_GAP_MARK, standInOrder } from './split-cues.js';

/**
 * The first numbered part whose heading only an annual report's statutory contents give (一、2024年度推进法治政府建设的
 * 主要举措和成效): a heading holding one of `words`' entries, its words in order ('…' lets others stand between).
 * A sub-part or a paragraph's lead phrase is no such heading: an account's paragraph may name the same words.
 */
export function annualReportPart(
  headings: readonly FoundHeading[],
  words: readonly string[],
): FoundHeading | undefined {
  for (const h of headings) {
    if (h.nested || !NUMBER.test(h.text)) continue;
    if (words.some((w) => standInOrder(h.text, w.split(CUE_GAP_MARK)))) return h;
  }
  return undefined;
}
