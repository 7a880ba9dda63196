import { z } from 'zod';
import { DocumentType, ReportRole } from './report.js';

const Words = z.array(z.string().min(1)).min(1);

/**
 * vocabulary.yaml: the words extraction judges a sentence by — what negates a claim, what
 * makes it a target rather than a result, what ties a figure to another year or another
 * body, what names a reporter's role or a document's type. The mechanism is code; every
 * word is here, so an auditor extends it in YAML. A pack that extends another adds its
 * words to the parent's list for the same key.
 */
export const VocabularyFile = z
  .object({
    negation: Words.optional().describe('words that negate a claim in its clause: 未, 尚未, 没有 …'),
    target: Words.optional().describe('words that make a claim a plan or target, not a result: 计划, 拟, 力争 …'),
    partial: Words.optional().describe('words that mark a claim as partly achieved: 目前已完成, 部分 …'),
    otherYear: Words.optional().describe('words that tie a figure to another period than the report year: 上年, 去年, 同期 …'),
    comparison: Words.optional().describe('words that introduce a change rather than a level: 同比, 较上年 …'),
    zero: Words.optional().describe('words that state there was nothing of a kind: 未发生, 无, 没有 …'),
    scopes: z
      .record(z.string().regex(/^[a-z][a-z_]*$/), Words)
      .optional()
      .describe('whose figure a clause gives, by scope: region (全县), government (县政府), departments (各部门), own (本局) …'),
    roles: z
      .partialRecord(ReportRole, Words)
      .optional()
      .describe('the endings of a body’s name that tell its role, most specific first within each role: 司法局 → judicial_bureau'),
    documentTypes: z
      .partialRecord(DocumentType, Words)
      .optional()
      .describe('title words that tell what a document is: 工作总结 → work_summary'),
    partYear: Words.optional().describe('phrases that report only part of the year: 截至9月底, 1—10月 … (patterns the code reads with its month rules)'),
  })
  .strict();
export type VocabularyFile = z.infer<typeof VocabularyFile>;
