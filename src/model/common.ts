import { z } from 'zod';

/** Fact ids are camelCase so they read well in conditions and message templates. */
export const FactId = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/)
  .describe('a camelCase id, e.g. headAppearanceRate');
/** Section kinds and category ids are snake_case words. */
export const SnakeId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/)
  .describe('a snake_case id, e.g. measures_and_results');
/** Rule ids are dotted: `<category>.<name>`. */
export const RuleId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9][a-z0-9-]*)+$/)
  .describe('a dotted id, e.g. litigation.head-appearance-rate');
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('a date written YYYY-MM-DD');
export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** Where a fact or finding came from in the source document. */
export const Evidence = z
  .object({
    quote: z.string().min(1),
    line: z.number().int().min(1).optional(),
    column: z.number().int().min(1).optional(),
    offset: z.number().int().min(0).optional(),
    approximate: z.boolean().optional().describe('the text gave the figure as 约/余/近/超过 …'),
    note: z
      .string()
      .min(1)
      .optional()
      .describe(
        'how the value was read when not stated outright: inferred from a name, computed from counts, a zero case, ' +
          'an ambiguous scope …',
      ),
    scope: z
      .string()
      .min(1)
      .optional()
      .describe('whose figure it is: region | government | departments | own (the reporting body), when the text says'),
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

/**
 * not_applicable (不适用): the rule does not apply to this reporter's role, or the report states there
 * was nothing to assess.
 */
export const Status = z.enum(['pass', 'fail', 'missing', 'not_applicable', 'waived', 'error']);
export type Status = z.infer<typeof Status>;
