import type { BatchError } from '../model/batch.js';
import { formatProblem } from '../problems/format.js';
import type { Lang } from '../problems/messages.js';
import { problemRow } from '../problems/problem-row.js';
import { problem, ProblemError, sortProblems, type Problem } from '../problems/problem.js';

/**
 * A file that could not be scored, as a batch error row: the first problem as one line, all of them as data (code,
 * parameters, span).
 */
export function toBatchError(file: string, problems: Problem[], lang: Lang): BatchError {
  const sorted = sortProblems(
    problems.length > 0 ? problems : [problem('batch.internal', file, { reason: 'no reason given' })],
  );
  const more =
    sorted.length > 1
      ? lang === 'zh'
        ? `（另有 ${sorted.length - 1} 个问题）`
        : ` (and ${sorted.length - 1} more)`
      : '';
  return {
    file,
    message: formatProblem(sorted[0]!, lang) + more,
    problems: sorted.map((p) => problemRow(p, lang)),
  };
}

/** Any failure while scoring one file, turned into its error row; a non-ProblemError is a fazhi bug, said so. */
export function errorRow(file: string, e: unknown, lang: Lang): BatchError {
  if (e instanceof ProblemError) return toBatchError(file, e.problems, lang);
  const reason = e instanceof Error ? e.message : String(e);
  return toBatchError(file, [problem('batch.internal', file, { reason })], lang);
}
