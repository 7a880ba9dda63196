import { Words } from './vocabulary-words.js';

/**
 * vocabulary.yaml's words for a self-assessment form's questions and answers (是否开展行政执法案卷评查：是; 局本级是否制定
 * 行政规范性文件：否): a claim inside a question is what its answer says (question-answers.ts; spread into VocabularyFile, vocabulary.ts).
 */
export const questionWords = {
  questions: Words.optional().describe(
    'words asking whether, before a claim in its clause (是否开展…：是): the answer after the clause\u2019s colon or ' +
      'question mark decides the claim: 是否, 有无 …',
  ),
  answersYes: Words.optional().describe(
    'words opening a short answer that says yes (是否开展…：是; 答：已落实): the claim stands: 是, 有, 已 …',
  ),
  answersNo: Words.optional().describe(
    'words opening a short answer that says no (是否单独组织执法培训：否; 答：未受到。): the claim is denied, a ' +
      'count\u2019s none: 否, 无, 未 …',
  ),
};
