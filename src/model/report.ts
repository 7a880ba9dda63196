import { z } from 'zod';
import { Evidence, FactId, IsoDate, SnakeId } from './common.js';

export const ReportLevel = z.enum(['province', 'city', 'county', 'department']);

export const ReportMeta = z
  .object({
    authority: z.string().min(1).optional().describe('the reporting body, e.g. 夏县司法局'),
    region: z.string().min(1).optional(),
    level: ReportLevel.optional(),
    year: z.number().int().min(2000).max(2100).optional().describe('the year reported on'),
    title: z.string().min(1).optional(),
    documentDate: IsoDate.optional(),
    publishedOn: IsoDate.optional(),
  })
  .strict();
export type ReportMeta = z.infer<typeof ReportMeta>;

export const FactValue = z.union([z.number(), z.string(), z.boolean()]);
export type FactValue = z.infer<typeof FactValue>;

/** What rules see: the report's metadata, the statutory parts found, and the facts it states. */
export const ReportData = z
  .object({
    report: ReportMeta,
    sections: z.array(SnakeId).describe('kinds of the statutory parts the report contains'),
    facts: z.record(FactId, FactValue).describe('facts the report states; an unstated fact is absent, never 0'),
    evidence: z
      .record(FactId, z.union([Evidence, z.array(Evidence)]))
      .optional()
      .describe('the text each fact came from'),
    sectionEvidence: z.record(SnakeId, Evidence).optional().describe('the heading each section was found at'),
    unstated: z
      .array(z.object({ fact: FactId, lookedFor: z.array(z.string()) }).strict())
      .optional()
      .describe('fazhi extract: facts the pack defines that the document does not state, with the words looked for'),
    conflicts: z
      .array(
        z
          .object({ fact: FactId, kept: FactValue, other: FactValue, evidence: Evidence })
          .strict()
          .describe('another value stated for the fact; the first result-section value was kept'),
      )
      .optional()
      .describe('fazhi extract: facts stated more than once with different values'),
  })
  .strict();
export type ReportData = z.infer<typeof ReportData>;
