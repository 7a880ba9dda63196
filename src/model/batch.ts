import { z } from 'zod';
import { Assessment } from './assessment.js';
import { RuleId } from './common.js';
import { RosterSummary } from './roster.js';
import { ProblemRow } from './problem-row.js';
import { ReviewSummary } from './review.js';

/** A file a batch could not read or score: its reason as one line, and the problems behind it. */
export const BatchError = z
  .object({
    file: z.string(),
    message: z.string().describe('the first problem formatted as one line, as the CLI prints it'),
    problems: z
      .array(ProblemRow)
      .describe('every problem found in the file: code and parameters as data, the message in words'),
  })
  .strict();
export type BatchError = z.infer<typeof BatchError>;

/** Why an entry under a folder given to a batch was not taken (batch/discover.ts). */
export const SkipReason = z
  .enum(['hidden', 'other-type', 'excluded', 'duplicate', 'link-loop', 'tool-folder'])
  .describe(
    'hidden: a name starting with "."; other-type: not a report type; excluded: by --include/--exclude; duplicate: ' +
      'a second path (link) to a file already taken; link-loop: a folder link back up the tree; tool-folder: ' +
      'node_modules',
  );
export type SkipReason = z.infer<typeof SkipReason>;

/** Year over year for one authority, matched by name against last year's batch JSON. */
export const Comparison = z
  .object({
    authority: z.string(),
    file: z.string(),
    previousFile: z.string().optional(),
    previousPercent: z.number().optional().describe("absent when the authority was not in last year's batch"),
    percent: z.number(),
    change: z.number().optional().describe('percent − previousPercent, one decimal'),
    previousGrade: z.string().optional(),
    newlyFailing: z.array(RuleId).describe('shortfalls this year that were not shortfalls last year'),
    fixed: z.array(RuleId).describe("last year's shortfalls that are no longer shortfalls"),
  })
  .strict();
export type Comparison = z.infer<typeof Comparison>;

/** What `fazhi batch --format json` writes: every assessment in rank order, plus the files that failed. */
export const BatchResult = z
  .object({
    pack: z
      .object({
        id: z.string(),
        title: z.string(),
        version: z.string(),
        grades: z.array(z.object({ name: z.string(), min: z.number() }).strict()).describe('best first'),
      })
      .strict(),
    total: z.number().int().describe('inputs found: files, plus folders that could not be read'),
    interrupted: z.boolean().describe('stopped early (Ctrl-C): the files not yet scored are listed in notScored'),
    notScored: z.array(z.string()).optional().describe('when interrupted: the files not scored, sorted'),
    assessments: z
      .array(Assessment)
      .describe(
        'ranked: reports not returned first, then returned (退回重报), then vetoed; within each, percent desc, then ' +
          'authority, then file',
      ),
    errors: z.array(BatchError).describe('sorted by file; a folder that could not be read is one row'),
    skipped: z
      .array(
        z
          .object({
            path: z.string(),
            reason: SkipReason,
          })
          .strict(),
      )
      .optional()
      .describe(
        'entries under the folders given that were not taken, in walk order: every entry is scored, an error row, ' +
          'or here',
      ),
    comparisons: z
      .array(Comparison)
      .optional()
      .describe('with --compare: one per ranked assessment that names its authority, in rank order'),
    roster: RosterSummary.optional().describe(
      'with --roster: every unit of the roster and the report counted for it (未报送 units graded and ranked last), ' +
        'and how each report was matched; assessments then list the counted reports first, ranked, then the others',
    ),
    review: ReviewSummary.optional().describe('with --review: the decisions applied and the rows not applied (stale)'),
  })
  .strict();
export type BatchResult = z.infer<typeof BatchResult>;
