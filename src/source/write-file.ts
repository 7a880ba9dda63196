import { writeFileSync } from 'node:fs';
import { problem, ProblemError } from '../problems/problem.js';

/**
 * Writes one output file (`check --out`, `extract --out`, `roster init --out`); a full disk, a missing folder or a
 * read-only place is the user's environment, not a fazhi bug: one clear line, exit 2.
 */
export function writeOutputFile(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    throw new ProblemError([outputProblem(path, e)]);
  }
}

/** A failed write or folder operation as one problem: a full disk is "写入失败", anything else "无法写入". */
export function outputProblem(path: string, e: unknown) {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG')
    return problem('output.write-failed', path, { reason: code });
  return problem('output.unwritable', path, { reason: code });
}
