import { z } from 'zod';
import { RuleId, Status } from './common.js';

/**
 * The assessors' review of machine findings (机器初评 + 人工复核), round-tripped through
 * 复核表.xlsx: `fazhi batch` writes one row per finding to review, the assessors fill in a
 * decision, and `fazhi batch … --review 复核表.xlsx` applies it. A review never hides the
 * machine result: a reviewed finding keeps what the machine said beside what the assessor
 * decided, and an assessment a review changed keeps its machine totals.
 */

/** 维持 (keep the machine result), 改判 (change the points), 不适用 (the rule does not apply). */
export const ReviewDecision = z.enum(['keep', 'change', 'not_applicable']);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** On a finding: what the machine said and what the assessor decided, with who and why. */
export const FindingReview = z
  .object({
    decision: ReviewDecision,
    machineStatus: Status.describe("the machine's status before the review (the finding's status is the final one)"),
    machinePoints: z.number().describe("the machine's points (the finding's points are the final ones)"),
    machineMaxPoints: z.number().describe("the points at stake by the machine's result"),
    reason: z.string().min(1).describe('复核理由'),
    reviewer: z.string().min(1).describe('复核人'),
    source: z.string().describe('where the decision is written, e.g. 复核表.xlsx:复核!K7'),
  })
  .strict();
export type FindingReview = z.infer<typeof FindingReview>;

/** On an assessment a review changed: the machine's totals, kept beside the final ones. */
export const MachineResult = z
  .object({
    score: z.number(),
    maxScore: z.number(),
    percent: z.number(),
    grade: z.string(),
    vetoed: z.boolean(),
    returned: z.boolean(),
  })
  .strict();
export type MachineResult = z.infer<typeof MachineResult>;

/** Why a row of the review sheet was not applied. */
export const StaleReason = z
  .enum(['no-report', 'no-finding', 'report-changed', 'finding-changed'])
  .describe(
    'no-report: no assessment of this batch has the row’s file; no-finding: the rule is not among its findings; ' +
      'report-changed: the file’s content hash differs from the row’s; finding-changed: the machine status or points ' +
      'differ from the row’s (the pack changed)',
  );
export type StaleReason = z.infer<typeof StaleReason>;

/** In a batch's result with --review: what was applied and what was not. */
export const ReviewSummary = z
  .object({
    file: z.string().describe('the review sheet given to --review'),
    applied: z.number().int().describe('decisions applied'),
    changed: z.number().int().describe('of them, decisions that changed a status or points (改判, 不适用)'),
    stale: z
      .array(
        z
          .object({
            cell: z.string().describe('the row, as 复核表.xlsx:复核!A7'),
            file: z.string(),
            ruleId: RuleId,
            reason: StaleReason,
          })
          .strict(),
      )
      .describe('rows with a decision that were not applied, in sheet order'),
  })
  .strict();
export type ReviewSummary = z.infer<typeof ReviewSummary>;
