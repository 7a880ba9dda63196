import type { BatchError } from '../model/batch.js';
import type { InputError } from '../model/check.js';
import type { Lang } from './labels.js';

/** The heading of a failed input in a card format: 无法评查 / Could not be scored. */
export const unscorable = (lang: Lang) => (lang === 'zh' ? '无法评查' : 'Could not be scored');

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
