import { z } from 'zod';
import { Assessment } from './assessment.js';
import { BatchError } from './batch.js';

/**
 * An input `fazhi check` could not read or score, in the output where its assessment would
 * stand: the batch error row (file, the one line the CLI prints, every problem) and, for a
 * reader who wants one thing to look at, the first problem as `error`.
 */
export const InputError = BatchError.extend({
  error: BatchError.shape.problems.element.describe(
    'the first problem (what `message` says): code, message, line and column when known',
  ),
}).strict();
export type InputError = z.infer<typeof InputError>;

/** One input's result: its assessment, or why it has none. */
export const CheckEntry = z.union([Assessment, InputError]);
export type CheckEntry = z.infer<typeof CheckEntry>;

/**
 * What `fazhi check --format json` writes: one entry per input file, in the order given — an
 * object when one file is given (as before), an array when several are, even if some failed.
 */
export const CheckOutput = z.union([CheckEntry, z.array(CheckEntry)]);
export type CheckOutput = z.infer<typeof CheckOutput>;
