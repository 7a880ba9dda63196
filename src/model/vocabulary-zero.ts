import { Words } from './vocabulary-words.js';

/**
 * vocabulary.yaml's words that qualify a stated none — what it was made without, whose it is besides, what became of
 * the cases it names (spread into VocabularyFile, vocabulary.ts).
 */
export const zeroWords = {
  zeroQualifiers: Words.optional().describe(
    'words that, between a plain negation and the thing, qualify its making without changing what there was none ' +
      'of (本局未单独制发规范性文件, 未新制定规范性文件 → 0): 单独, 新 …',
  ),
  others: Words.optional().describe(
    'words that, between a zero word and the thing, make the none a none of others besides those already told ' +
      '(共同被诉1件…，我局无其他行政诉讼案件): no stated zero of the whole: 其他, 其它 …',
  ),
  caseOutcomes: Words.optional().describe(
    'words naming what became of a case (败诉, 纠错, 撤销): a none of a thing with no noun of its own coordinated with ' +
      'a second thing one of them qualifies, the first naming none (未发生行政复议、行政诉讼败诉案件), is a none of ' +
      'that outcome for both, not a none of the first thing: 败诉, 纠错 …',
  ),
  opinionNouns: Words.optional().describe(
    'words right after a fact\u2019s noun naming what it gives when asked (法律顾问意见): a denial before the noun is of ' +
      'asking (未充分征求法律顾问意见), not of having it — no claim either way: 意见 …',
  ),
};
