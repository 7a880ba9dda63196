import {
  type Stats,
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { problem, ProblemError } from '../problems/problem.js';
import { outputProblem } from '../source/write-file.js';

const LOCK = '.fazhi-batch.lock';

/**
 * The `--out` folder of a batch, claimed before anything is scored: a path that is a file, a
 * folder that cannot be created or written, or a folder another batch is writing into is one
 * clear error in the first second, not after an hour of scoring. Outputs are written into a
 * staging folder inside it and renamed into place, so a batch that fails half-way leaves the
 * previous outputs whole, and two batches never splice their files together (the lock).
 */
export class OutputFolder {
  readonly staging: string;
  private released = false;
  private readonly onExit = () => this.release();

  private constructor(readonly dir: string) {
    this.staging = join(dir, `.fazhi-staging-${process.pid}`);
  }

  static claim(dir: string): OutputFolder {
    makeFolder(dir);
    const folder = new OutputFolder(dir);
    takeLock(dir);
    process.once('exit', folder.onExit);
    try {
      rmSync(folder.staging, { recursive: true, force: true });
      mkdirSync(folder.staging);
    } catch (e) {
      folder.release();
      throw new ProblemError([outputProblem(dir, e)]);
    }
    return folder;
  }

  /**
   * Moves the staged files and folders into the folder, in the order given. Each rename replaces last
   * run's file whole; a folder (反馈意见/) replaces last run's folder whole, which is first moved into
   * the staging folder and removed with it, so no document of a unit no longer in the round is left.
   */
  commit(staged: string[]): string[] {
    return staged.map((path) => {
      const target = join(this.dir, basename(path));
      if (statSync(path).isDirectory() && isFolder(target))
        renameSync(target, join(this.staging, `.replaced-${basename(path)}`));
      renameSync(path, target);
      return target;
    });
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    process.removeListener('exit', this.onExit);
    rmSync(this.staging, { recursive: true, force: true });
    try {
      unlinkSync(join(this.dir, LOCK));
    } catch {
      // already gone: nothing to release
    }
  }
}

const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

/**
 * mkdir -p, one level at a time. Node's `mkdirSync(…, { recursive: true })` never returns on a
 * path under /proc (ENOENT for a parent that exists); this stops at the first level that fails.
 */
function makeFolder(dir: string): void {
  let stat: Stats | undefined;
  try {
    stat = statSync(dir);
  } catch (e) {
    if (code(e) !== 'ENOENT') throw new ProblemError([outputProblem(dir, e)]);
  }
  if (stat) {
    if (!stat.isDirectory()) throw new ProblemError([problem('output.not-directory', dir)]);
    return;
  }
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  try {
    mkdirSync(dir);
  } catch (e) {
    if (code(e) !== 'EEXIST') throw new ProblemError([outputProblem(dir, e)]);
  }
}

/** Creates the lock file exclusively; a lock left by a process that no longer runs is taken over. */
function takeLock(dir: string, attempt = 0): void {
  const path = join(dir, LOCK);
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if (code(e) !== 'EEXIST') throw new ProblemError([outputProblem(dir, e)]);
    const holder = Number.parseInt(safeRead(path), 10);
    if (attempt === 0 && !(Number.isInteger(holder) && isRunning(holder))) {
      rmSync(path, { force: true });
      takeLock(dir, 1);
      return;
    }
    throw new ProblemError([problem('output.locked', dir, { pid: Number.isInteger(holder) ? holder : '?' })]);
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return code(e) === 'EPERM';
  }
}
