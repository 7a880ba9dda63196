import { z } from 'zod';
import { FactId, RuleId, Severity, SnakeId } from './common.js';
import { TopLevelCondition } from './condition.js';
import { ReportRole } from './report.js';

export * from './facts.js';

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
        'the grade of a roster unit with no report (fazhi batch --roster: 未报送); one of the grades; default the ' +
          'last (lowest)',
      ),
    categories: z
      .array(Category)
      .min(1)
      .optional()
      .describe('required unless inherited; a pack that extends another adds categories or retitles them by id'),
  })
  .strict();
export type PackManifest = z.infer<typeof PackManifest>;

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
        'a cue is not this part when one of these words stands in the same coordinated phrase of the heading ' +
          '(存在问题的改进情况 is not 不足; 存在的问题和改进措施 is)',
      ),
    yearCues: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'heading words that identify this part after a year in the same coordinated phrase (三、2026年打算, 2026年法治政府建设计划): vetoed by notCues as ' +
          'cues are (2025年工作计划完成情况)',
      ),
    phraseCues: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'words that identify this part only as a whole coordinated phrase of the heading (二、问题; 三、问题、原因及打算), ' +
          'too common to name it inside a longer phrase (聚焦群众关心问题)',
      ),
    nested: z
      .boolean()
      .optional()
      .describe(
        'a clearly titled sub-part inside another part ((三)主要负责人履行第一责任人职责情况) also counts as this part, noted in ' +
          'its evidence',
      ),
    nestedCues: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'a sub-part counts as this part only when its title or its first sentence also holds one of these words ' +
          '((二)上年度督察反馈问题整改情况, or 4.推进问题整改。针对…反馈的5个问题… is the 整改 part; (二)推动存在问题整改 alone is a measure)',
      ),
    unheaded: z
      .object({
        minStatements: z
          .number()
          .int()
          .min(1)
          .describe(
            'statements the body before the first named part must hold (lines or sentences of 12 characters or more)',
          ),
        notStatements: z
          .array(z.string().min(1))
          .optional()
          .describe('a sentence holding one of these words announces what follows (现将…报告如下) and is not counted'),
      })
      .strict()
      .optional()
      .describe(
        'a report that heads other parts but not this one: the body before its first named part is this part when it ' +
          'holds enough statements (…重点做了以下工作：1.…2.…⏎存在问题：…), noted in its evidence',
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
        'a gate before the score (document type, full year): failing it marks the report 退回重报 and its score ' +
          'provisional',
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
