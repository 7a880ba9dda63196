import { writeFileSync } from 'node:fs';
import { problem, ProblemError } from '../problems/problem.js';

/**
 * Writes one output file (`check --out`, `extract --out`); a full disk, a missing folder or a
 * read-only place is the user's environment, not a fazhi bug: one clear line, exit 2.
 */
export function writeOutputFile(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    throw new ProblemError([outputProblem(path, e)]);
  }
}

export function outputProblem(path: string, e: unknown) {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG')
    return problem('output.write-failed', path, { reason: code });
  return problem('output.unwritable', path, { reason: code });
}
