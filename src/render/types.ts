import type { Assessment } from '../model/assessment.js';
import type { BatchError, BatchResult } from '../model/batch.js';
import type { Lang } from './labels.js';

export interface RenderOptions {
  lang: Lang;
  /** ANSI colours: only for a terminal that wants them */
  color: boolean;
  /** the pack's grade bands, highest first: the lowest is painted as a failing grade */
  grades?: Array<{ name: string; min: number }>;
  /** batch: each rule's points in the pack, which the review sheet gives as 满分 (a finding not scored has 0 at stake) */
  rulePoints?: ReadonlyMap<string, number>;
  /** batch --review-all: the review sheet lists every finding, passes too */
  reviewAll?: boolean;
}

/** One input: its assessment, or why it could not be read or scored (the batch error row). */
export type Entry = Assessment | BatchError;

/** An input that has no assessment: it failed. */
export const isInputError = (e: Entry): e is BatchError => !('findings' in e);

/** `fazhi check`: every input in one document, in the order given; a failed one says why, never disappears. */
export type CheckFormatter = (entries: Entry[], options: RenderOptions) => string;

/**
 * One file a batch format writes into --out, as it is produced, so no output of a large batch is
 * ever one string: text in pieces, or, for a binary format (xlsx), a writer that streams its bytes
 * into the stream it is given and resolves when they are all written.
 */
export type OutputFile =
  | { name: string; chunks: Iterable<string> }
  | { name: string; bytes: (out: NodeJS.WritableStream) => Promise<void> };

/** `fazhi batch`: the whole batch (ranking, errors, comparisons, the roster's round) as the files of one format. */
export type BatchFormatter = (batch: BatchResult, options: RenderOptions) => OutputFile[];

/** An output format: what `check --format` prints, what `batch --format` writes, or both. */
export interface Formatter {
  check?: CheckFormatter;
  batch?: BatchFormatter;
}
