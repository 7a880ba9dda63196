import { z } from 'zod';
import { IsoDate, RuleId } from './common.js';
import { ReportRole } from './report.js';

/**
 * The office's roster (名单): the units it assesses this round, one entry per unit. In a
 * spreadsheet (.xlsx, .csv) the columns have Chinese headers (roster/columns.ts); in YAML the
 * keys are these. What the roster says about a unit is the office's record: its role overrides
 * the one inferred from the report, its dates feed the deadline rules, its events the veto and
 * deduction rules; a value the report states differently is shown beside it, never dropped.
 */
export const RosterEvent = z
  .object({
    id: z
      .string()
      .min(1)
      .optional()
      .describe('the office’s reference for the event; default: where it is written in the roster'),
    rule: RuleId.describe('a rule of the pack scored from events (onEvent): a veto or a fixed deduction'),
    date: IsoDate.optional(),
    source: z
      .string()
      .min(1)
      .describe('the document the event is recorded in, e.g. 某市依法治市办通报〔2024〕3号: shown in the finding'),
    description: z.string().min(1).optional(),
  })
  .strict();
export type RosterEvent = z.infer<typeof RosterEvent>;

export const RosterUnit = z
  .object({
    name: z.string().min(1).describe('单位名称: the unit as the office names it'),
    aliases: z
      .array(z.string().min(1))
      .optional()
      .describe('别名: other names its report or its file may carry (简称, a former name)'),
    role: ReportRole.optional().describe('主体类型: overrides the role inferred from the report'),
    year: z
      .number()
      .int()
      .min(2000)
      .max(2100)
      .optional()
      .describe('年度: the year the report should be for; a report for another year is shown as a conflict'),
    submittedOn: IsoDate.optional().describe(
      '报送日期: the day the office received the report (feeds the submission deadline rule)',
    ),
    publishedOn: IsoDate.optional().describe(
      '公开日期: the day the report was made public (feeds the publication deadline rule)',
    ),
    publishedUrl: z
      .string()
      .regex(/^https?:\/\/\S+$/)
      .optional()
      .describe('公开网址: where it was published'),
    events: z.array(RosterEvent).optional().describe('一票否决 / 扣分 events recorded against the unit this round'),
  })
  .strict();
export type RosterUnit = z.infer<typeof RosterUnit>;

/** A roster written as YAML (or JSON): `fazhi batch --roster 名单.yaml`. */
export const RosterFile = z.object({ units: z.array(RosterUnit).min(1) }).strict();
export type RosterFile = z.infer<typeof RosterFile>;

// ---- what a batch with a roster adds to batch.json ----

/**
 * How a report was tied to a unit: its authority is the unit's name or one of its aliases, or its file
 * name holds one.
 */
export const RosterMatchBy = z.enum(['name', 'alias', 'file-name']);
export type RosterMatchBy = z.infer<typeof RosterMatchBy>;

/** Fields the roster supplies for scoring (the office's record wins) and fields the report keeps (only shown). */
export const RosterAppliedField = z.enum(['role', 'year', 'submittedOn', 'publishedOn']);
export const RosterConflictField = z.enum(['authority', 'year']);

export const RosterReportEntry = z
  .object({
    file: z.string(),
    status: z.enum(['matched', 'ambiguous', 'unmatched']),
    unit: z.string().optional().describe('matched: the roster unit'),
    by: RosterMatchBy.optional(),
    matched: z.string().optional().describe('the text that matched: the authority, or the name found in the file name'),
    candidates: z
      .array(z.string())
      .optional()
      .describe('ambiguous: the units it could belong to (nothing was guessed)'),
    counted: z
      .boolean()
      .describe(
        'the report scored for its unit and ranked; false for a report matching no unit, an ambiguous one, or a ' +
          'unit’s second report',
      ),
    applied: z
      .array(
        z
          .object({
            field: RosterAppliedField,
            value: z.union([z.string(), z.number()]),
            report: z
              .union([z.string(), z.number()])
              .optional()
              .describe('what the report itself said, when it said something else'),
            at: z.string().describe('where in the roster the value is written'),
          })
          .strict(),
      )
      .describe('roster values the report was scored with'),
    conflicts: z
      .array(
        z
          .object({
            field: RosterConflictField,
            roster: z.union([z.string(), z.number()]),
            report: z.union([z.string(), z.number()]),
          })
          .strict(),
      )
      .describe('what the report says differently from the roster and keeps: its name, its year'),
    events: z.array(z.string()).optional().describe('ids of the roster’s events scored against this report'),
    note: z.string().describe('the decision in words, one line'),
  })
  .strict();
export type RosterReportEntry = z.infer<typeof RosterReportEntry>;

/** Why one of a unit's reports was taken: the first test that told them apart. */
export const RosterChoiceReason = z.enum(['named', 'year', 'not-returned', 'later-date', 'first-file']);
export type RosterChoiceReason = z.infer<typeof RosterChoiceReason>;

export const RosterUnitEntry = z
  .object({
    unit: z.string(),
    role: ReportRole.optional(),
    status: z
      .enum(['submitted', 'not_submitted', 'not_scored'])
      .describe(
        'not_submitted (未报送): no report matched it; not_scored: its report could not be scored, or the run was ' +
          'interrupted',
      ),
    files: z.array(z.string()).describe('the reports matched to it, the one counted first'),
    choice: z
      .object({ reason: RosterChoiceReason, message: z.string() })
      .strict()
      .optional()
      .describe('when two or more reports matched it: which one counts, and why'),
    grade: z
      .string()
      .optional()
      .describe(
        'not_submitted: the grade the pack gives a unit that did not submit (notSubmittedGrade, default the lowest)',
      ),
    rank: z.number().int().optional().describe('not_submitted: ranked after every unit with a report, all tied'),
    candidates: z
      .array(z.string())
      .optional()
      .describe('reports that matched it ambiguously (not counted): check them'),
    publishedUrl: z.string().optional().describe('公开网址 as the roster gives it'),
    note: z.string().describe('the unit’s status in words, one line'),
  })
  .strict();
export type RosterUnitEntry = z.infer<typeof RosterUnitEntry>;

export const RosterSummary = z
  .object({
    file: z.string().describe('the roster given (--roster)'),
    counts: z
      .object({
        units: z.number().int(),
        submitted: z.number().int(),
        notSubmitted: z.number().int(),
        notScored: z.number().int(),
        unmatched: z.number().int().describe('reports matching no unit'),
        ambiguous: z.number().int().describe('reports matching more than one unit'),
        duplicates: z.number().int().describe('units with more than one report'),
      })
      .strict(),
    units: z.array(RosterUnitEntry).describe('every unit of the roster, in roster order'),
    reports: z.array(RosterReportEntry).describe('one per assessment, in the order of assessments'),
  })
  .strict();
export type RosterSummary = z.infer<typeof RosterSummary>;
