import { z } from 'zod';

/**
 * A problem with user input as data, in machine-readable output (`rules validate --format json`,
 * batch error rows, `check --format json`'s error entries): its stable code and parameters, and
 * the message those give in the language asked for. Positions are 1-based; the end, when the
 * source knows it, is just after the span's last character (SARIF's endLine/endColumn).
 */
export const ProblemRow = z
  .object({
    code: z.string().describe('stable, e.g. "schema.type" or "pack.unknown-fact": what is wrong, for tools'),
    severity: z.enum(['error', 'warning']).describe('an error fails the run (exit 2); a warning is shown and does not'),
    message: z.string().describe('what is wrong and what to do, in Chinese or English (--lang)'),
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .describe('the values the message is made from, by name'),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
    endLine: z.number().int().optional(),
    endColumn: z.number().int().optional().describe('the column just after the span'),
    pointer: z.string().optional().describe('JSON pointer to the value in the file, when the problem sits at one'),
  })
  .strict();
export type ProblemRow = z.infer<typeof ProblemRow>;

/**
 * What `fazhi rules validate --format json` prints: every problem of the pack and the packs it
 * extends, each with its file.
 */
export const RulesValidation = z
  .object({
    pack: z.string().describe('the pack as given (a bundled name or a directory)'),
    valid: z.boolean().describe('no errors: warnings alone leave a pack valid'),
    rules: z.number().int().optional().describe('rules in the pack, when it loads'),
    problems: z.array(ProblemRow.extend({ file: z.string() }).strict()).describe('sorted by file, then position'),
  })
  .strict();
export type RulesValidation = z.infer<typeof RulesValidation>;
