import { z } from 'zod';
import { RuleId } from './common.js';
import { Status } from './assessment.js';
import { ReportData } from './report.js';
import { AssessmentEvent } from './events.js';

export const RuleExpectation = z
  .object({ status: Status.optional(), points: z.number().optional(), maxPoints: z.number().optional() })
  .strict();

/** One case: a report (partial: missing parts default to empty) and what the pack must make of it. */
export const RuleTestCase = z
  .object({
    name: z.string().min(1),
    report: ReportData.partial().optional(),
    document: z
      .string()
      .min(1)
      .optional()
      .describe('instead of report: a document to extract, relative to this test file'),
    events: z
      .array(AssessmentEvent.partial({ unit: true, id: true }))
      .optional()
      .describe('assessor events for this case (unit and id default to the case); [] means an events file with none'),
    expect: z
      .object({
        rules: z.record(RuleId, RuleExpectation).optional(),
        score: z.number().optional(),
        percent: z.number().optional(),
        maxScore: z.number().optional(),
        grade: z.string().optional(),
        vetoed: z.boolean().optional(),
        returned: z.boolean().optional().describe('退回重报: a gate failed'),
      })
      .strict(),
  })
  .strict();
export type RuleTestCase = z.infer<typeof RuleTestCase>;

export const RuleTestFile = z.object({ cases: z.array(RuleTestCase).min(1) }).strict();
export type RuleTestFile = z.infer<typeof RuleTestFile>;
