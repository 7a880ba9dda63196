import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { problem, ProblemError, type Problem } from '../problems/problem.js';
import { DEFAULT_LIMITS, formatBytes } from './limits.js';

/**
 * The one way fazhi reads a user's file. Opened first and judged by `fstat` on the open file
 * (not by a `stat` beforehand, which a swapped file could fool): only a regular file is read —
 * a FIFO would block forever, /dev/zero never ends — and only up to `maxBytes`, checked before
 * reading and again while reading (a file can grow between the two).
 */
export function readUserBytes(file: string, maxBytes: number): Buffer {
  const { fd, size } = openRegularFile(file);
  try {
    if (size > maxBytes) throw tooLarge(file, size, maxBytes);
    return readAtMost(fd, file, size, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/** A missing path, a directory or a special file, as one clear problem (for callers that read later). */
export function assertFile(file: string): void {
  closeSync(openRegularFile(file).fd);
}

/** Reads a YAML/JSON file a user gave (a structured report, a pack file, waivers, events). */
export function readUserFile(file: string, maxBytes: number = DEFAULT_LIMITS.maxStructuredBytes): Buffer {
  const bytes = readUserBytes(file, maxBytes);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new ProblemError([problem('file.empty', file)]);
  return bytes;
}

export function tooLarge(file: string, size: number, limit: number, part?: string): ProblemError {
  return new ProblemError([
    problem('file.too-large', file, { size: formatBytes(size), limit: formatBytes(limit), ...(part ? { part } : {}) }),
  ]);
}

/** Opens a path and keeps it open only if it is a regular file. */
function openRegularFile(file: string): { fd: number; size: number } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer that never comes.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new ProblemError([openProblem(file, e)]);
  }
  let stat: Stats;
  try {
    stat = fstatSync(fd);
  } catch (e) {
    closeSync(fd);
    throw new ProblemError([openProblem(file, e)]);
  }
  if (stat.isFile()) return { fd, size: stat.size };
  closeSync(fd);
  if (stat.isDirectory()) throw new ProblemError([problem('file.is-directory', file)]);
  throw new ProblemError([problem('file.not-regular', file, { kind: specialKind(stat) })]);
}

function readAtMost(fd: number, file: string, size: number, maxBytes: number): Buffer {
  // One byte more than fstat said: a read that stops short of it has reached the end, so a file that did not grow
  // is read in one call rather than two (the second only to be told 0: a tenth of a text batch's reading time).
  let buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      // The file grew after fstat: keep reading, but never past the limit.
      if (length > maxBytes) throw tooLarge(file, length, maxBytes);
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    let n: number;
    const wanted = buffer.length - length;
    try {
      n = readSync(fd, buffer, length, wanted, null);
    } catch (e) {
      throw new ProblemError([
        problem('file.unreadable', file, { reason: (e as NodeJS.ErrnoException).code ?? String(e) }),
      ]);
    }
    length += n;
    // a regular file's read stops short only at its end; short of the size fstat gave, it is read again until 0
    if (n === 0 || (n < wanted && length >= size)) break;
  }
  if (length > maxBytes) throw tooLarge(file, length, maxBytes);
  return buffer.subarray(0, length);
}

function openProblem(file: string, e: unknown): Problem {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return problem('file.not-found', file);
  if (code === 'ELOOP') return problem('file.symlink-loop', file);
  if (code === 'EISDIR') return problem('file.is-directory', file);
  return problem('file.unreadable', file, { reason: code ?? String(e) });
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'FIFO';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  return 'special';
}
