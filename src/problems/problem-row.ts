import type { ProblemRow } from '../model/problem-row.js';
import { problemMessage, type Lang } from './messages.js';
import type { Problem } from './problem.js';

/**
 * A problem as the row machine-readable outputs carry: code, severity, where, the message in `lang`, and the
 * parameters it was made from.
 */
export function problemRow(p: Problem, lang: Lang): ProblemRow {
  return row(p, lang, undefined);
}

/** The same row naming its file (first after code and severity), for a list of problems from several files. */
export function problemRowWithFile(p: Problem, lang: Lang): ProblemRow & { file: string } {
  return row(p, lang, p.file) as ProblemRow & { file: string };
}

function row(p: Problem, lang: Lang, file: string | undefined): ProblemRow {
  return {
    code: p.code,
    severity: p.severity,
    ...(file !== undefined ? { file } : {}),
    ...(p.line !== undefined ? { line: p.line } : {}),
    ...(p.column !== undefined ? { column: p.column } : {}),
    ...(p.endLine !== undefined ? { endLine: p.endLine } : {}),
    ...(p.endColumn !== undefined ? { endColumn: p.endColumn } : {}),
    ...(p.pointer !== undefined ? { pointer: p.pointer } : {}),
    message: problemMessage(p.code, p.params, lang),
    params: { ...p.params },
  };
}
