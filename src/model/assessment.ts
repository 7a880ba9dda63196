import { z } from 'zod';
import { Evidence, IsoDate, RuleId, Severity, SnakeId, Status } from './common.js';

export { Status };
import { FactValue, ReportRole, TextEncoding } from './report.js';
import { FindingReview, MachineResult } from './review.js';

export const FindingEvidence = Evidence.extend({ fact: z.string().optional() }).strict();

/** The condition tree with the values that decided it, so a finding can explain itself. */
export interface Explanation {
  kind: 'all' | 'any' | 'not' | 'condition' | 'fact';
  result?: boolean;
  fact?: string;
  path?: string;
  operator?: string;
  value?: unknown;
  factValue?: unknown;
  name?: string;
  children?: Explanation[];
}
export const Explanation: z.ZodType<Explanation> = z.lazy(() =>
  z
    .object({
      kind: z.enum(['all', 'any', 'not', 'condition', 'fact']),
      result: z.boolean().optional(),
      fact: z.string().optional(),
      path: z.string().optional(),
      operator: z.string().optional(),
      value: z.unknown().optional(),
      factValue: z.unknown().optional(),
      name: z.string().optional(),
      children: z.array(Explanation).optional(),
    })
    .strict(),
);

export const Finding = z
  .object({
    ruleId: RuleId,
    category: SnakeId,
    title: z.string(),
    status: Status,
    points: z.number().describe('points earned'),
    maxPoints: z.number().describe('points at stake; 0 when the rule does not count (skipped, waived)'),
    severity: Severity,
    veto: z.boolean(),
    gate: z
      .boolean()
      .optional()
      .describe('a gate before the score: failing it returns the report for resubmission (退回重报)'),
    message: z.string().optional().describe('what is wrong; for not_applicable, why the rule does not apply'),
    missingFacts: z.array(z.string()).optional().describe('absent facts by id; metadata fields as report.<field>'),
    lookedFor: z
      .array(z.string())
      .optional()
      .describe('for a document: the words fazhi extract searched for the missing facts'),
    facts: z.record(z.string(), FactValue).optional().describe('the values of the facts the rule names'),
    evidence: z.array(FindingEvidence).optional(),
    basis: z.string().optional(),
    remedy: z.string().optional(),
    tier: z.string().optional(),
    waiver: z
      .object({ reason: z.string(), approver: z.string(), expires: IsoDate, expired: z.boolean() })
      .strict()
      .optional(),
    events: z
      .array(
        z
          .object({ id: z.string(), date: IsoDate.optional(), source: z.string(), description: z.string().optional() })
          .strict(),
      )
      .optional()
      .describe('the assessor-supplied events (--events) that scored this rule, each with its source document'),
    explain: Explanation.optional(),
    error: z.string().optional(),
    review: FindingReview.optional().describe(
      "with --review: the assessor's decision; status and points are then the final ones, the machine's kept here",
    ),
  })
  .strict();
export type Finding = z.infer<typeof Finding>;

/** A deadline as the rules judging it found: on_time (passed), late (failed), unknown (the date is not known). */
export const DeadlineStatus = z.enum(['on_time', 'late', 'unknown']);
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;

export const CategoryScore = z
  .object({ id: SnakeId, title: z.string(), score: z.number(), maxScore: z.number() })
  .strict();

export const Assessment = z
  .object({
    report: z
      .object({
        file: z.string(),
        authority: z.string().optional(),
        region: z.string().optional(),
        year: z.number().int().optional(),
        role: ReportRole.optional(),
        encoding: TextEncoding.optional().describe('how a text document was decoded'),
        contentHash: z
          .string()
          .optional()
          .describe("sha256 of the file's bytes (hex): a review row written for other content is stale"),
        warnings: z
          .array(z.string())
          .optional()
          .describe('what reading the file noticed but tolerated (e.g. characters it could not decode), one line each'),
      })
      .strict(),
    pack: z.object({ id: z.string(), title: z.string(), version: z.string() }).strict(),
    score: z.number().describe('points earned'),
    maxScore: z.number().describe('points available: skipped and waived rules do not count'),
    percent: z.number().describe('score / maxScore × 100, one decimal; the grade is read from it'),
    grade: z.string(),
    vetoed: z.boolean(),
    vetoedBy: z.array(RuleId).optional(),
    returned: z
      .boolean()
      .describe('退回重报: a gate failed (not an annual report, or not the whole year); the score is provisional'),
    returnedBy: z.array(RuleId).optional().describe('the gate rules that failed'),
    counts: z.record(z.string(), z.number().int()).describe('findings per status'),
    categories: z.array(CategoryScore),
    findings: z.array(Finding).describe('one per enabled rule, in pack order'),
    deadlines: z
      .object({ submitted: DeadlineStatus.optional(), published: DeadlineStatus.optional() })
      .strict()
      .optional()
      .describe(
        'whether the report was submitted (报送) and published (公开) on time, as the rules that judge those dates ' +
          'found: on_time when they pass, late when one fails, unknown when the date is not known; absent when the ' +
          'pack has no such rule for this report',
      ),
    machine: MachineResult.optional().describe(
      'with --review, when a decision changed this assessment: the machine totals; score, percent, grade, vetoed ' +
        'and returned above are then the final ones',
    ),
  })
  .strict();
export type Assessment = z.infer<typeof Assessment>;
