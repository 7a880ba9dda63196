import type { Assessment } from '../model/assessment.js';
import type { BatchError } from '../model/batch.js';
import type { Lang } from './labels.js';

export interface RenderOptions {
  lang: Lang;
  /** ANSI colours: only for a terminal that wants them */
  color: boolean;
  /** the pack's grade bands, highest first: the lowest is painted as a failing grade */
  grades?: Array<{ name: string; min: number }>;
}

/** One input: its assessment, or why it could not be read or scored (the batch error row). */
export type Entry = Assessment | BatchError;

/** An input that has no assessment: it failed. */
export const isInputError = (e: Entry): e is BatchError => !('findings' in e);

/** Every format shows every input, in the order given: a failed one says why, never disappears. */
export type Renderer = (entries: Entry[], options: RenderOptions) => string;

/** One file a batch format writes into the --out folder. */
export interface OutputFile {
  name: string;
  data: string | Buffer;
}

/**
 * A batch format: the whole batch (ranking, errors, comparisons) into one or more files.
 * Async because some writers (xlsx) only produce their bytes asynchronously.
 */
export type BatchRenderer = (batch: import('../model/batch.js').BatchResult, options: RenderOptions) => Promise<OutputFile[]>;
