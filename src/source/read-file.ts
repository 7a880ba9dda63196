import { readFileSync, statSync } from 'node:fs';
import { problem, ProblemError } from '../problems/problem.js';

/** A missing path or a directory where a file was expected, as one clear problem. */
export function assertFile(file: string): void {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new ProblemError([problem('file.not-found', file)]);
  }
  if (stat.isDirectory()) throw new ProblemError([problem('file.is-directory', file)]);
}

/** Reads a user file, turning the usual mistakes into one clear problem each. */
export function readUserFile(file: string): Buffer {
  assertFile(file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new ProblemError([problem('file.unreadable', file, { reason: (e as NodeJS.ErrnoException).code ?? String(e) })]);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new ProblemError([problem('file.empty', file)]);
  return bytes;
}
