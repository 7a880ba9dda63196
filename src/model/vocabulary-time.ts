import { Words } from './vocabulary-words.js';

/**
 * vocabulary.yaml's words tying a figure to a year: the report's, an earlier one, or the one a sentence named before
 * (spread into VocabularyFile, vocabulary.ts).
 */
export const timeWords = {
  otherYear: Words.optional().describe('words that tie a figure to an earlier year than the report year: 上年, 去年 …'),
  thisYear: Words.optional().describe('words that tie a figure to the report year: 本年, 今年, 全年 …'),
  thatYear: Words.optional().describe(
    'words that mean the year just named when a year numeral stands before them in their sentence (2023年，我镇被确定为' +
      '试点镇，当年组织培训3场次 → 2023), else the report year: 当年, 同年 …',
  ),
};
