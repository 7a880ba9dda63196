import { z } from 'zod';
import { ReportLevel, ReportRole } from './report.js';
import { Words } from './vocabulary-words.js';

/**
 * vocabulary.yaml's words by which a body names itself or its place (我县, 我街道, 我局) and the leaders it works under:
 * its role or tier when no name tells them (spread into VocabularyFile, vocabulary.ts).
 */
export const selfWords = {
  selfTiers: z
    .partialRecord(ReportLevel, Words)
    .optional()
    .describe(
      'what a body calls the place it belongs to, by that place’s tier (我县, 本区 → county): in a text whose level is ' +
        'unread, a tier above it (全市 beside 我县) is another body’s region',
    ),
  bureauSelves: Words.optional().describe(
    'what a bureau calls itself (我局, 本局): with no level read, the tier of the leaders its opening sentence works ' +
      'under (leaderTiers) is its own',
  ),
  leaderTiers: z
    .partialRecord(ReportLevel, Words)
    .optional()
    .describe(
      'the leaders a bureau works under, by their tier (县委, 区委 → county): 在县委、县政府的领导下，我局… is a ' +
        'county’s bureau; a clause naming leaders of two tiers tells none. Leave out words whose tier varies ' +
        '(市委: a city or a county-level city)',
    ),
  selfNames: z
    .partialRecord(ReportRole, Words)
    .optional()
    .describe(
      'what a body calls itself that tells its role, when no name does (我镇, 本街道 → township): read in the text’s ' +
        'opening only, and only when neither title, first line nor signature names the body',
    ),
  selfActing: Words.optional().describe(
    'words saying a body acted by itself (自行, 单独): a span opening with a short subject and one of them, after ' +
      'another body’s act in the sentence (区司法局组织…培训12场次；街道自行组织执法培训2场次), is the reporter’s own ' +
      'act when no subject is named, one is named with 本 or 我, or the reporter’s name holds it (街道 for a street)',
  ),
  selfKinds: Words.optional().describe(
    'the kinds of body a reporter may call itself by alone (镇, 街道, 局): a span one opens with an activity verb, ' +
      'after another body’s subject in the sentence (县司法局在我镇开展讲座2场；镇组织…16场次), is the reporter’s own when ' +
      'its name holds the kind',
  ),
  selfSubjects: z
    .partialRecord(ReportRole, Words)
    .optional()
    .describe(
      'what a body calls itself as the subject of its text’s first sentence, after only a year or a 在…下 ' +
        'before it (2024年，我县坚持…; 在县委的领导下，我区…) → that role: read when no name and no selfNames word ' +
        'tells the role — not a place word elsewhere (结合我市…实际, 为我市…提供保障)',
    ),
};
