import { z } from 'zod';
import { Evidence, FactId, IsoDate, SnakeId } from './common.js';

/**
 * The tier of government the reporting body belongs to — not what kind of body it is (that is
 * `role`). A 县/区 司法局 is level `county`, role `judicial_bureau`: a county-level department.
 */
export const ReportLevel = z
  .enum(['province', 'city', 'county', 'township'])
  .describe('the tier of government the body belongs to: a 县/区 司法局 is county (its role says it is a department)');
export type ReportLevel = z.infer<typeof ReportLevel>;

/**
 * Who is reporting, which decides the rules that apply (a rule's `appliesTo`):
 * government — a 县/区/市人民政府, or the 依法治办's report for the region;
 * judicial_bureau — a 司法局 / 司法行政机关 (hosts the 依法治办, serves as 复议机构);
 * department — any other 政府工作部门 or 机构; township — a 乡/镇人民政府 or 街道办事处.
 */
export const ReportRole = z
  .enum(['government', 'judicial_bureau', 'department', 'township'])
  .describe('government | judicial_bureau | department | township: decides which rules apply');
export type ReportRole = z.infer<typeof ReportRole>;

/** What the document is: only an annual report on rule-of-law government passes the document-type gate. */
export const DocumentType = z
  .enum(['annual_report', 'work_summary', 'work_plan', 'duty_report', 'other'])
  .describe(
    'annual_report: 法治政府建设（年度）报告 or 情况报告; work_summary: 工作总结; work_plan: 工作要点/计划; duty_report: 述职（述法）报告',
  );
export type DocumentType = z.infer<typeof DocumentType>;

/** Whether the report covers the whole year it reports on (截至9月底 / 1—10月 do not). */
export const ReportPeriod = z
  .enum(['full_year', 'part_year'])
  .describe('full_year, or part_year when the text reports an explicit part of the year');

export const ReportMeta = z
  .object({
    authority: z.string().min(1).optional().describe('the reporting body, e.g. 夏县司法局'),
    region: z.string().min(1).optional(),
    level: ReportLevel.optional(),
    role: ReportRole.optional(),
    year: z.number().int().min(2000).max(2100).optional().describe('the year reported on'),
    title: z.string().min(1).optional(),
    documentDate: IsoDate.optional(),
    publishedOn: IsoDate.optional(),
    submittedOn: IsoDate.optional().describe('the day the report was submitted (报送), as the office records it'),
    documentType: DocumentType.optional(),
    period: ReportPeriod.optional(),
  })
  .strict();
export type ReportMeta = z.infer<typeof ReportMeta>;

/** How fazhi decoded a text document (ingest/decode.ts). */
export const TextEncoding = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']);
export type TextEncoding = z.infer<typeof TextEncoding>;

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
    reportEvidence: z
      .record(z.string().regex(/^[a-zA-Z]+$/), Evidence)
      .optional()
      .describe(
        'the text each metadata field (authority, year, role, documentType, period …) was read or inferred from',
      ),
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
    source: z
      .object({
        encoding: TextEncoding.optional().describe('how the text document was decoded'),
        warnings: z
          .array(
            z
              .object({
                code: z.enum(['file.encoding-repaired', 'file.encoding-bom']),
                params: z.record(z.string(), z.union([z.string(), z.number()])),
              })
              .strict(),
          )
          .optional()
          .describe(
            'what reading the document noticed but tolerated (a problem code and its parameters), e.g. characters ' +
              'it could not decode',
          ),
      })
      .strict()
      .optional()
      .describe(
        'how fazhi read the document it scored (set when a document is checked directly; fazhi extract leaves it out)',
      ),
  })
  .strict();
export type ReportData = z.infer<typeof ReportData>;
