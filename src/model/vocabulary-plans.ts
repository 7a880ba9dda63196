import { Words } from './vocabulary-words.js';

/**
 * vocabulary.yaml's words, beside the target words, that make a claim no result: a time set for it, or another asked to
 * do it (spread into VocabularyFile, vocabulary.ts).
 */
export const planWords = {
  scheduled: Words.optional().describe(
    'words setting a time for a claim, right after it in its clause (述法将于12月下旬集中开展, 述法工作安排在次年1月' +
      '进行): it is not yet done — a target, no result: 将于, 定于, 安排在 …',
  ),
  suggestion: Words.optional().describe(
    'words opening a clause or a sentence that ask another body to act (建议县司法局加强…业务培训): what follows is a ' +
      'suggestion, no result: 建议 …',
  ),
};
