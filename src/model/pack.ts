import { z } from 'zod';
import { FactId, RuleId, Severity, SnakeId } from './common.js';
import { TopLevelCondition } from './condition.js';
import { ReportRole } from './report.js';

export const Grade = z
  .object({
    name: z.string().min(1).describe('grade label shown to people, e.g. 优秀'),
    en: z.string().min(1).optional(),
    min: z.number().min(0).max(100).describe('lowest percentage of the available points that earns this grade'),
  })
  .strict();

export const Category = z
  .object({
    id: SnakeId,
    title: z.string().min(1),
    en: z.string().min(1).optional(),
    description: z.string().optional(),
  })
  .strict();

export type Grade = z.infer<typeof Grade>;
export type Category = z.infer<typeof Category>;

/** pack.yaml: who the pack is and how it grades. */
export const PackManifest = z
  .object({
    id: SnakeId,
    title: z.string().min(1),
    version: z.string().min(1),
    description: z.string().optional(),
    extends: z
      .string()
      .min(1)
      .optional()
      .describe('a parent pack: a path relative to this file, or a bundled pack name'),
    grades: z
      .array(Grade)
      .min(1)
      .optional()
      .describe('highest first; the last is the band a veto forces (required unless inherited)'),
    notSubmittedGrade: z
      .string()
      .min(1)
      .optional()
      .describe(
        'the grade of a roster unit with no report (fazhi batch --roster: 未报送); one of the grades; default the last (lowest)',
      ),
    categories: z
      .array(Category)
      .min(1)
      .optional()
      .describe('required unless inherited; a pack that extends another adds categories or retitles them by id'),
  })
  .strict();
export type PackManifest = z.infer<typeof PackManifest>;

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
    cues: z.array(z.string().min(1)).optional().describe('words that introduce the fact in a report'),
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
        'enum and boolean facts: for each value (true/false for booleans), words that state it; the first value listed wins. A…B: the two words in order in one clause, at most 20 characters apart (执法骨干…培训)',
      ),
    aggregate: z
      .enum(['first', 'sum'])
      .optional()
      .describe(
        'first (default): the first stated value; sum: add every value the cues find in the same sentence (撤销16件、确认违法7件)',
      ),
    pattern: z
      .string()
      .min(1)
      .optional()
      .describe(
        'an extra regular expression (RE2 syntax: no lookaround or backreferences) with a named group (?<value>…); matched in linear time',
      ),
    extract: z.boolean().optional().describe('false: never extracted from documents (state it by hand)'),
    scopes: z
      .array(z.string().regex(/^[a-z][a-z_]*$/))
      .min(1)
      .optional()
      .describe(
        'read the fact only from clauses of these scopes (vocabulary scopes, or unspecified): ownStatementOfLaw is [own, unspecified]',
      ),
    roles: z
      .array(ReportRole)
      .min(1)
      .optional()
      .describe(
        'read the fact only for these reporter roles (and when the role is unknown): regional 述法 coverage is a government’s or 司法局’s fact',
      ),
    whenNegated: z
      .record(z.string(), z.string().min(1))
      .optional()
      .describe(
        'enum/boolean: the value a negated claim of a value states (没有聘请法律顾问: held → none; 尚未建立…制度: "true" → "false"); unmapped negated claims give nothing',
      ),
    anyPeriod: z
      .boolean()
      .optional()
      .describe(
        'the figure is this year’s even when the clause names another period (上年度督察反馈问题5个 is this year’s rectification of last year’s findings)',
      ),
    anyScope: z
      .boolean()
      .optional()
      .describe(
        'the figure is the reporter’s own work whatever body the clause names (审核市政府规范性文件5件 is the 司法局’s review): no role preference',
      ),
    inSections: z
      .array(SnakeId)
      .min(1)
      .optional()
      .describe('read the fact only inside these parts of the report (their headings included)'),
    zeroCues: z
      .array(z.string().min(1))
      .optional()
      .describe('count facts: the thing whose stated absence is a stated zero (未发生 + 行政诉讼 → 0, 零 + 败诉 → 0)'),
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
        'words after the value too common to stand alone (反馈的5个问题): they count only in a sentence that has one of the context words (整改)',
      ),
    context: z
      .array(z.string().min(1))
      .optional()
      .describe('the words a sentence needs for contextCues and contextCuesAfterValue to count (调解)'),
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
        'an enum coverage fact: a stated rate decides (100 → full, below → partial); a negated or partly achieved full claim reads as partial',
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
      'ratio: of[0]/of[1]×100 (percent), absent when of[1] is 0; difference: of[0]−of[1]; absDifference: |of[0]−of[1]|; sum; abs; coalesce: first stated; zeroBase: of[0] only when of[1] is stated as 0 (a rate given over zero cases), absent otherwise; yearDate: a date in the report year + yearOffset',
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

export const SectionDefinition = z
  .object({
    id: SnakeId,
    title: z.string().min(1),
    en: z.string().min(1).optional(),
    cues: z.array(z.string().min(1)).min(1).describe('heading words that identify this part'),
    notCues: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'a cue is not this part when one of these words stands in the same coordinated phrase of the heading (存在问题的改进情况 is not 不足; 存在的问题和改进措施 is)',
      ),
    nested: z
      .boolean()
      .optional()
      .describe(
        'a clearly titled sub-part inside another part ((三)主要负责人履行第一责任人职责情况) also counts as this part, noted in its evidence',
      ),
  })
  .strict();
export type SectionDefinition = z.infer<typeof SectionDefinition>;

/** sections.yaml: the statutory parts of a report and how to recognise their headings. */
export const SectionsFile = z.object({ sections: z.array(SectionDefinition).min(1) }).strict();
export type SectionsFile = z.infer<typeof SectionsFile>;

export const Tier = z
  .object({
    when: TopLevelCondition,
    points: z.number().min(0),
    label: z.string().optional(),
    message: z
      .string()
      .min(1)
      .optional()
      .describe("shown instead of the rule's message when this tier decides a shortfall; {{factId}} inserts a value"),
  })
  .strict();
export type Tier = z.infer<typeof Tier>;

export const Deduction = z
  .object({
    fact: FactId,
    target: z.number().describe('the value that keeps every point'),
    direction: z.enum(['below', 'above']).describe('below: points are lost as the fact falls under target'),
    per: z.number().positive().default(1).describe('size of one step, in the fact’s unit'),
    points: z.number().positive().describe('points lost per step'),
    partial: z
      .enum(['ceil', 'floor', 'exact'])
      .default('ceil')
      .describe(
        'a part step: ceil counts it as a whole step (不足1个百分点按1个百分点计), floor ignores it, exact pro-rates',
      ),
  })
  .strict();
export type Deduction = z.infer<typeof Deduction>;

export const MissingPolicy = z.enum(['fail', 'skip', 'info']);
export type MissingPolicy = z.infer<typeof MissingPolicy>;

export const Rule = z
  .object({
    id: RuleId,
    category: SnakeId,
    title: z.string().min(1),
    basis: z.string().min(1).optional().describe('the document the criterion comes from'),
    severity: Severity.default('error'),
    points: z.number().min(0),
    veto: z.boolean().default(false).describe('一票否决: failing it forces the lowest grade'),
    when: TopLevelCondition.optional().describe('all-or-nothing: met → full points'),
    tiers: z.array(Tier).min(1).optional().describe('first matching tier gives its points; none → 0'),
    deduct: Deduction.optional().describe('points lost per unit short of a target, never below 0'),
    missing: MissingPolicy.default('fail').describe('when a fact the rule names is absent'),
    appliesTo: z
      .array(ReportRole)
      .min(1)
      .optional()
      .describe(
        'the roles this rule applies to (default: every reporter); for another role the rule is not_applicable (不适用)',
      ),
    notApplicable: z
      .object({
        when: TopLevelCondition.describe(
          'the report states there was nothing to assess (本年度未发生行政诉讼案件 → litigationCases 0)',
        ),
        message: z.string().min(1).describe('why the rule does not apply; {{factId}} inserts a value'),
      })
      .strict()
      .optional()
      .describe('not_applicable (不适用) when this holds: never counted in the score or the maximum'),
    gate: z
      .boolean()
      .default(false)
      .describe(
        'a gate before the score (document type, full year): failing it marks the report 退回重报 and its score provisional',
      ),
    onEvent: z
      .object({
        perEvent: z
          .number()
          .positive()
          .optional()
          .describe('points deducted per event; without it one event takes every point'),
      })
      .strict()
      .optional()
      .describe(
        'scored from assessor-supplied events (fazhi --events), never from the report’s words: no event → pass',
      ),
    message: z.string().min(1).describe('shown when the rule is not met; {{factId}} inserts a value'),
    missingMessage: z.string().min(1).optional(),
    remedy: z.string().min(1).optional().describe('整改建议: what to add or fix'),
    enabled: z.boolean().default(true),
    priority: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('json-rules-engine rule priority: higher runs first; results are the same'),
  })
  .strict();
export type Rule = z.infer<typeof Rule>;

/** In a pack that extends another: the fields of an inherited rule to change, by id. */
export const RuleOverride = Rule.partial().required({ id: true }).strict();
export type RuleOverride = z.infer<typeof RuleOverride>;

/** checklist.yaml: the rules, plus named conditions rules can reference. */
export const ChecklistFile = z
  .object({
    conditions: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), TopLevelCondition).optional(),
    rules: z.array(Rule).optional().describe('rules this pack adds'),
    overrides: z
      .array(RuleOverride)
      .optional()
      .describe('changes to inherited rules by id: points, thresholds (when/tiers/deduct), severity, enabled: false …'),
  })
  .strict();
export type ChecklistFile = z.infer<typeof ChecklistFile>;
