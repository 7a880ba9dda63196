import { Words } from './vocabulary-words.js';

/**
 * vocabulary.yaml's words naming a party to an activity other than the one acting — a partner it works with, those it
 * is held for — whose figure the activity's is not (spread into VocabularyFile, vocabulary.ts).
 */
export const partyWords = {
  partners: Words.optional().describe(
    "words joining a subject to a partner it works with (县残联联合县司法局开展…): a body's name read across one is " +
      "no body's, and the partner is not whose figure it is: 联合, 会同 …",
  ),
  assisting: Words.optional().describe(
    'partner words by which the subject only helps the partner (配合区政府作出…): with no subject named before one, the ' +
      'partner acts; after the others (会同县委政法委开展…评查) the reporter still does: 配合 …',
  ),
  beneficiary: Words.optional().describe(
    'words right before a scope word naming those an activity is held for, when an activity verb follows in the clause ' +
      '(此外，为乡镇综合行政执法队员举办专题培训2场次): the one holding it acts, the scope word names no figure of its ' +
      'own: 为 …',
  ),
};
