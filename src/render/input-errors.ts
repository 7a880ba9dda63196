import type { BatchError } from '../model/batch.js';
import type { InputError } from '../model/check.js';

export { unscorable } from './labels.js';

/**
 * Every problem of a failed input as the line stderr prints for it: `file:line:column: message`
 * (the file alone when the problem has no position).
 */
export function problemLines(e: BatchError): string[] {
  if (e.problems.length === 0) return [e.message];
  return e.problems.map((p) => `${p.line ? `${e.file}:${p.line}:${p.column ?? 1}` : e.file}: ${p.message}`);
}

/** A failed input in `check --format json`: the batch error row, plus its first problem as `error`. */
export function inputErrorJson(e: BatchError): InputError {
  const first = e.problems[0] ?? { code: 'batch.internal', severity: 'error' as const, message: e.message, params: {} };
  return { file: e.file, error: first, message: e.message, problems: e.problems };
}
