import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { problem, ProblemError } from '../problems/problem.js';

/**
 * What --compare needs from last year's batch.json: authority, file, percent, grade and each
 * finding's rule id and status. Read loosely, so a file from an older fazhi still compares.
 */
const PreviousBatch = z.object({
  assessments: z.array(
    z.object({
      report: z.object({ file: z.string(), authority: z.string().optional() }),
      percent: z.number(),
      grade: z.string(),
      findings: z.array(z.object({ ruleId: z.string(), status: z.string(), maxPoints: z.number() })),
    }),
  ),
});
export type PreviousBatch = z.infer<typeof PreviousBatch>;

/** Reads last year's `fazhi batch --format json` output for --compare. */
export function loadPreviousBatch(file: string): PreviousBatch {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const reason =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'ENOENT' : e instanceof Error ? e.message : String(e);
    throw new ProblemError([
      reason === 'ENOENT' ? problem('file.not-found', file) : problem('batch.compare-file', file, { reason }),
    ]);
  }
  const parsed = PreviousBatch.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ProblemError([
      problem('batch.compare-file', file, { reason: `${issue.path.join('.') || '/'}: ${issue.message}` }),
    ]);
  }
  return parsed.data;
}
