import { z } from 'zod';
import { FactId, SnakeId } from './common.js';
import { ReportRole } from './report.js';

// facts.yaml's model: the fact vocabulary that rules and extraction share (re-exported by pack.ts).

export const FactType = z.enum(['percent', 'count', 'number', 'enum', 'boolean', 'date', 'text']);
export type FactType = z.infer<typeof FactType>;

export const FactDefinition = z
  .object({
    id: FactId,
    label: z.string().min(1).describe('中文 name shown in messages and docs'),
    en: z.string().min(1).optional(),
    type: FactType,
    unit: z.string().optional(),
    values: z.array(z.string().min(1)).min(1).optional().describe('the allowed values of an enum fact'),
    valueLabels: z
      .record(z.string(), z.string().min(1))
      .optional()
      .describe('how an enum value reads in messages, e.g. full: 全覆盖'),
    cues: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'words that introduce the fact in a report; the figure follows them. A…B: the two words in order in one ' +
          'clause, at most 20 characters apart, the figure after B (执法人员…培训 in 执法人员开展业务培训6期)',
      ),
    description: z.string().optional(),
    // Extraction (fazhi extract): how to find the fact in a document. See src/extract/.
    cuesAfterValue: z
      .array(z.string().min(1))
      .optional()
      .describe('words that follow the value, as in “培育1895名法律明白人” (the value precedes the cue)'),
    notPrecededBy: z
      .array(z.string().min(1))
      .optional()
      .describe('a cue immediately preceded by one of these words does not count (e.g. 排查 before 矛盾纠纷)'),
    notFollowedBy: z
      .array(z.string().min(1))
      .optional()
      .describe('a cue immediately followed by one of these words does not count (e.g. 率 after 调解成功)'),
    exclude: z
      .array(z.string().min(1))
      .optional()
      .describe('a clause containing one of these words is never used for this fact'),
    notBetween: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'words that, standing between a cue and its figure, make the figure another one’s (行政复议案件审结38件: ' +
          'concluded, not received; 行政复议案件被撤销1件)',
      ),
    excludeInSentence: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'words that make a statement another kind’s from anywhere in its sentence before the value: a clause after ' +
          '消费纠纷… or 民事诉讼21件 continues it (…，成功调解1,930件; …，一审败诉3件)',
      ),
    otherKinds: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'words naming a kind of the counted thing that is not this fact’s (刑事案卷 beside 行政案卷): an item of a 、 list ' +
          'naming one is never the fact’s figure and is left out of the list’s sum (评查刑事案卷140卷、行政案卷205卷 → 205); ' +
          'a figure of both kinds together (评查刑事、行政案卷1,128卷) is still the fact’s',
      ),
    excludeFigures: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'words that make a figure above 0 none of this fact’s, in its clause before it, while a stated zero stands: ' +
          '以本局为被申请人的复议案件2件 counts a respondent’s cases, not an organ’s intake; 未发生以本局为被申请人的复议' +
          '案件 is still 0',
      ),
    weakCues: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'cues (listed in cues too) that state the fact only where none of its other cues does: 亲自出庭 stands in ' +
          'for 负责人出庭 when that is not stated',
      ),
    maxGap: z
      .number()
      .int()
      .min(0)
      .max(60)
      .optional()
      .describe('at most this many characters between a cue and its value, within one clause (default 12)'),
    spanClauses: z
      .number()
      .int()
      .min(1)
      .max(3)
      .optional()
      .describe(
        'the value may sit this many clauses on from its cue (“开展普法宣传活动，一年来共开展120场次” needs 2; default 1)',
      ),
    units: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'count units accepted after the number (default: the fact’s unit and the usual 件 宗 份 起 次 人次 场次 …)',
      ),
    valueCues: z
      .record(z.string(), z.array(z.string().min(1)).min(1))
      .optional()
      .describe(
        'enum and boolean facts: for each value (true/false for booleans), words that state it; the first value ' +
          'listed wins. A…B: the two words in order in one clause, at most 20 characters apart (执法骨干…培训)',
      ),
    aggregate: z
      .enum(['first', 'sum'])
      .optional()
      .describe(
        'first (default): the first stated value; sum: add every value the cues find in the same sentence ' +
          '(撤销16件、确认违法7件)',
      ),
    unitTiers: z
      .object({
        units: z.array(z.string().min(1)).min(1).describe('words naming the units under a township (村, 社区)'),
        body: z.array(z.string().min(1)).min(1).describe('words naming the township itself (镇, 乡, 街道)'),
      })
      .strict()
      .optional()
      .describe(
        "count facts: in a township's report, its own figure and its units' figure stated apart in one statement " +
          '(镇调委会受理42件；各村调委会受理103件, in either order) add up, unless a total is written after them; a figure ' +
          'whose words name both (镇村两级, 全镇12个村) is left whole',
      ),
    pattern: z
      .string()
      .min(1)
      .optional()
      .describe(
        'an extra regular expression (RE2 syntax: no lookaround or backreferences) with a named group (?<value>…); ' +
          'matched in linear time',
      ),
    extract: z.boolean().optional().describe('false: never extracted from documents (state it by hand)'),
    scopes: z
      .array(z.string().regex(/^[a-z][a-z_]*$/))
      .min(1)
      .optional()
      .describe(
        'read the fact only from clauses of these scopes (vocabulary scopes, or unspecified): ownStatementOfLaw is ' +
          '[own, unspecified]',
      ),
    roles: z
      .array(ReportRole)
      .min(1)
      .optional()
      .describe(
        'read the fact only for these reporter roles (and when the role is unknown): regional 述法 coverage is a ' +
          'government’s or 司法局’s fact',
      ),
    whenNegated: z
      .record(z.string(), z.string().min(1))
      .optional()
      .describe(
        'enum/boolean: the value a negated claim of a value states (没有聘请法律顾问: held → none; 尚未建立…制度: "true" → ' +
          '"false"); unmapped negated claims give nothing',
      ),
    anyPeriod: z
      .boolean()
      .optional()
      .describe(
        'the figure is this year’s even when the clause names another period (上年度督察反馈问题5个 is this year’s ' +
          'rectification of last year’s findings)',
      ),
    anyScope: z
      .boolean()
      .optional()
      .describe(
        'the figure is the reporter’s own work whatever body the clause names (审核市政府规范性文件5件 is the 司法局’s review): ' +
          'no role preference',
      ),
    ownScopeFor: z
      .array(ReportRole)
      .min(1)
      .optional()
      .describe(
        'enum/boolean: for these reporter roles, only the reporter’s own statements (or ones naming no body) give ' +
          'the value: a department’s legal-adviser coverage is its own, not the county’s (全县64个部门中有58个…)',
      ),
    inSections: z
      .array(SnakeId)
      .min(1)
      .optional()
      .describe('read the fact only inside these parts of the report (their headings included)'),
    pastMatters: z
      .object({
        title: z
          .array(z.string().min(1))
          .optional()
          .describe('words of a document title that make the whole document about them (整改)'),
        fedBack: z
          .array(z.string().min(1))
          .optional()
          .describe(
            'words saying the problems were fed back to the reporter by a review above it (反馈): an undated statement ' +
              'holding one is taken, unless dated to the report year',
          ),
      })
      .strict()
      .optional()
      .describe(
        'the fact counts last year’s matters (problems found by a 督察, 考评 or 述法点评): outside its preferSections parts, ' +
          'and in a document whose title names none of `title`, a statement is taken only beside an earlier year (上年度, ' +
          '2023年度 in a 2024 report) in its sentence, the one before, or its line and the line above',
      ),
    preferSections: z
      .array(SnakeId)
      .min(1)
      .optional()
      .describe(
        'parts of the report that, when they state the fact, are the only places it is read from: the report’s own ' +
          'part on last year’s problems (四、上年度问题整改情况) tells their rectification, not an audit’s problems ' +
          'rectified in the measures part',
      ),
    notInSections: z
      .array(SnakeId)
      .min(1)
      .optional()
      .describe(
        'never read the fact inside these parts: an activity named only as a shortcoming (法治宣传形式较为单一) states ' +
          'no activity; a denial there (本年度未开展执法案卷评查: false, or a value whenNegated gives) is still read',
      ),
    zeroCues: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'count and percent facts: the thing whose stated absence is a stated zero (未发生 + 行政诉讼 → 0, 零 + 败诉 → 0, ' +
          '纠错率 + 为零 → 0%)',
      ),
    zeroPhrases: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'count facts: phrases that state the count is zero outright (全部胜诉, 未败诉 → 0 losses), quoted and judged ' +
          'like a stated zero (not a target, not another year’s)',
      ),
    contextCues: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'cues too common to stand alone (受理, 成功): they count only in a sentence that has one of the context words',
      ),
    contextCuesAfterValue: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'words after the value too common to stand alone (反馈的5个问题): they count only in a sentence that has one of ' +
          'the context words (整改)',
      ),
    context: z
      .array(z.string().min(1))
      .optional()
      .describe('the words a sentence needs for contextCues and contextCuesAfterValue to count (调解)'),
    topicCues: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'cues too common to stand even beside a context word (活动, 宣传): they count only in an item whose lead names ' +
          'one of the topics — a short numbered sentence opening the line (（三）普法宣传。开展“交通法规进企业”活动9场次) or a ' +
          'short numbered heading line right above it',
      ),
    topics: z
      .array(z.string().min(1))
      .optional()
      .describe('the words an item’s lead needs for topicCues to count (普法, 法治宣传)'),
    domain: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe(
        'words one of which must stand near every statement of the fact (its sentence, 200 characters either ' +
          'side within its part, or the part’s heading): a cue common to many domains (已全部整改, 评查) states ' +
          'this fact only in its own (督察, 案卷)',
      ),
    impliedBy: z
      .array(FactId)
      .min(1)
      .optional()
      .describe(
        'boolean: counts of the same activity (普法宣传活动场次): a count above 0 states the activity held, so the ' +
          'fact is true when no statement of its own gives a value',
      ),
    attended: z
      .object({
        join: z.array(z.string().min(1)).min(1).describe('words of taking part (参加)'),
        heldBy: z
          .array(z.string().min(1))
          .min(1)
          .describe('words naming who held it, closing a relative clause (组织的)'),
      })
      .strict()
      .optional()
      .describe(
        "count: a figure whose statement says the reporter's people took part in what another held (执法人员参加了市" +
          "水利局组织的线上培训，参训23人次) is no count of the reporter's own",
      ),
    intake: z
      .boolean()
      .optional()
      .describe(
        'count: the fact counts what came in during the year — a total given with its new part and what was carried ' +
          'over from the year before (128件（新收119件、上年结转9件）) is the new part (vocabulary newIntake, carriedOver)',
      ),
    doneOfWhole: z
      .boolean()
      .optional()
      .describe(
        'count: a count after a claim of completion (已整改15个) with a larger count of its unit before it in the ' +
          'sentence (问题共十七个) stands for that whole — the fact counts what was found, not what is done yet',
      ),
    oneCase: z
      .object({
        of: FactId.describe('the count of cases (litigationCases)'),
        none: z
          .array(z.string().min(1))
          .min(1)
          .describe('outcomes saying none of them is this fact (胜诉, 驳回原告诉讼请求)'),
        all: z.array(z.string().min(1)).min(1).describe('outcomes saying the one case is (败诉)'),
      })
      .strict()
      .optional()
      .describe(
        'count: where the report states one case of `of` and, after it in its sentence, its outcome (行政诉讼1件，…，一审' +
          '胜诉 → 0; …一审败诉 → 1), the count this fact gives, noted; never over a value stated for the fact itself',
      ),
    coverage: z
      .object({
        rate: FactId.optional().describe('the percent fact giving the coverage rate'),
        words: z
          .array(z.string().min(1))
          .min(1)
          .optional()
          .describe(
            'words naming full coverage: a negation right before one in the sentence (没有实现全覆盖) makes a claim partial',
          ),
        full: z.string().min(1),
        partial: z.string().min(1),
      })
      .strict()
      .optional()
      .describe(
        'an enum coverage fact: a stated rate decides (100 → full, below → partial); a negated or partly achieved ' +
          'full claim reads as partial',
      ),
  })
  .strict();
export type FactDefinition = z.infer<typeof FactDefinition>;

export const DerivedOp = z.enum([
  'ratio',
  'difference',
  'absDifference',
  'sum',
  'abs',
  'coalesce',
  'zeroBase',
  'yearDate',
]);
export type DerivedOp = z.infer<typeof DerivedOp>;

/** A fact computed from others, so consistency checks need no code. */
export const DerivedFact = z
  .object({
    id: FactId,
    label: z.string().min(1),
    en: z.string().min(1).optional(),
    op: DerivedOp.describe(
      'ratio: of[0]/of[1]×100 (percent), absent when of[1] is 0; difference: of[0]−of[1]; absDifference: ' +
        '|of[0]−of[1]|; sum; abs; coalesce: first stated; zeroBase: of[0] only when of[1] is stated as 0 (a rate ' +
        'given over zero cases), absent otherwise; yearDate: a date in the report year + yearOffset',
    ),
    of: z.array(FactId).min(1).optional(),
    decimals: z.number().int().min(0).max(6).optional().describe('round the result to this many decimals'),
    unit: z.string().optional().describe('how the value reads in docs and messages, e.g. % or 个百分点'),
    yearOffset: z.number().int().optional(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    description: z.string().optional(),
  })
  .strict();
export type DerivedFact = z.infer<typeof DerivedFact>;

/** facts.yaml: the fact vocabulary rules and extraction share. */
export const FactsFile = z
  .object({ facts: z.array(FactDefinition).min(1), derived: z.array(DerivedFact).optional() })
  .strict();
export type FactsFile = z.infer<typeof FactsFile>;
