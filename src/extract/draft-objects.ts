import { isHanUnit } from './han.js';
import type { WordSet } from './word-set.js';

/*
 * A target word qualifying a noun (对拟出台的规范性文件开展合法性审核4件; 审核县政府拟制发的规范性文件18件; 拟签订的合同):
 * the word and a short verb before 的 name the drafts a body handles — documents still to be issued when it reviews
 * them — and set no target for the claim. The words are the pack's (vocabulary `draftMarks`).
 */

/** Whether the draft mark `word` at `at` is followed by a short verb and 的 (拟出台的, 拟制发的): it qualifies a noun. */
export function qualifiesNoun(marks: WordSet, text: string, at: number, word: string): boolean {
  if (marks.size === 0 || marks.at(text, at) !== word) return false;
  const from = at + word.length;
  for (let p = from; p < text.length && p - from <= VERB_REACH; p++) {
    const c = text.charCodeAt(p);
    if (c === DE) return p > from;
    // a time or a place after the mark (拟于明年…, 拟在全县…) is a plan's, and no verb is a digit or a mark
    if (!isHanUnit(c) || c === YU || c === ZAI) return false;
  }
  return false;
}

/** How many characters the verb between the mark and 的 may have (出台, 提请审议 …). */
const VERB_REACH = 4;
const DE = 0x7684; // 的
const YU = 0x4e8e; // 于
const ZAI = 0x5728; // 在
