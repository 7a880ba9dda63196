import { Worker } from 'node:worker_threads';
import type { Pack } from '../pack/compiled-pack.js';
import { problem } from '../problems/problem.js';
import { toBatchError } from './errors.js';
import { createScorer, restorePackText, type ScoreResult, type ScorerConfig } from './scorer.js';

export interface WorkerTask {
  id: number;
  file: string;
}
export interface WorkerReply {
  id: number;
  result: ScoreResult;
}

export interface PoolOptions {
  /** parallel workers; 1 scores in this thread */
  jobs: number;
  config: ScorerConfig;
  /** the pack already loaded here, reused by this thread's scorer */
  pack?: Pack;
  signal?: AbortSignal;
  /**
   * at most one worker per this many files (default 3,000; 0: jobs − 1 workers whatever the count):
   * a worker costs start-up, a pack of its own and a cold JIT, which a small batch never earns back
   */
  minFilesPerWorker?: number;
  /** called as each file finishes, in completion order */
  onResult: (index: number, file: string, result: ScoreResult) => void;
  /** the worker's module (default ./worker): tests give one that dies on cue, to prove a death costs one file */
  workerModule?: URL;
}

/** Measured on 2 cores: 2,000 reports 1.87 s in one thread, 2.05 s with a worker beside it; 10,000: 7.5 s → 6.8 s. */
const MIN_FILES_PER_WORKER = 3000;

/** Threads a batch of `files` will use (this one and its workers): what the CLI reports. */
export const threadCount = (files: number, options: Pick<PoolOptions, 'jobs' | 'minFilesPerWorker'>) =>
  files === 0 ? 0 : 1 + workerCount(files, options);

function workerCount(
  files: number,
  { jobs, minFilesPerWorker = MIN_FILES_PER_WORKER }: Pick<PoolOptions, 'jobs' | 'minFilesPerWorker'>,
): number {
  const wanted = Math.max(0, jobs - 1);
  return minFilesPerWorker <= 0 ? Math.min(wanted, files - 1) : Math.min(wanted, Math.floor(files / minFilesPerWorker));
}

/** Tasks sent ahead to each worker so it never waits for the next file. */
const PREFETCH = 4;

/**
 * Scores files across `jobs` threads: this one (whose pack is already loaded and warm) and
 * jobs − 1 workers, each with its own pack and Evaluator, all taking files from one queue.
 * Resolves when every file has a result, or at once when the signal aborts (finished results are kept).
 *
 * Why this thread scores too: on a 2-core machine two workers and an idle main thread were
 * slower than one thread alone (3.7 s against 1.9 s for 2,000 reports) — worker start-up
 * and pack compilation cost ~0.5 s, and the main thread's V8 GC helpers already use the
 * second core. One worker beside this thread uses both cores without a third competing.
 */
export async function scoreFiles(files: string[], options: PoolOptions): Promise<{ interrupted: boolean }> {
  if (files.length === 0) return { interrupted: false };
  if (workerCount(files.length, options) === 0) return scoreInThread(files, options);
  return scoreInWorkers(files, options);
}

async function scoreInThread(
  files: string[],
  { config, pack, signal, onResult }: PoolOptions,
): Promise<{ interrupted: boolean }> {
  const score = createScorer(config, pack);
  let yielded = performance.now();
  for (let i = 0; i < files.length; i++) {
    if (signal?.aborted) return { interrupted: true };
    onResult(i, files[i]!, await score(files[i]!));
    // Scoring settles in microtasks only: let signals and timers (Ctrl-C, progress) in between files, every few
    // milliseconds rather than after each file (a turn of the event loop, ~8 µs and a system call, per report).
    if (performance.now() - yielded >= YIELD_EVERY_MS) {
      await new Promise((r) => setImmediate(r));
      yielded = performance.now();
    }
  }
  return { interrupted: Boolean(signal?.aborted) };
}

/** How long a batch scored in this thread runs between turns of the event loop: far below what a person notices. */
const YIELD_EVERY_MS = 10;

/**
 * A worker's heap is capped: a file that defeats the input limits (source/limits.ts) then ends
 * its worker with ERR_WORKER_OUT_OF_MEMORY — an error row — instead of the whole process.
 * A real report needs ~100 MB; 1.5 GB leaves room for the largest legitimate one.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1536 };

/**
 * Workers that die one after another without finishing a file are not replaced past this: something other than a file
 * is wrong.
 */
const MAX_BARREN_DEATHS = 3;

function startWorker(config: ScorerConfig, module?: URL): Worker {
  // From dist/ the worker is compiled JavaScript; from src/ (tests, tsx) it is TypeScript, loaded through tsx's loader.
  if (!module && !import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./worker.js', import.meta.url), { workerData: config, resourceLimits: WORKER_LIMITS });
  const url = (module ?? new URL('./worker.ts', import.meta.url)).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true, workerData: config, resourceLimits: WORKER_LIMITS });
}

function scoreInWorkers(files: string[], options: PoolOptions): Promise<{ interrupted: boolean }> {
  return new Promise((resolve) => new PoolRun(files, options, resolve).start());
}

/** One batch across this thread and its workers, all taking files from one queue. */
class PoolRun {
  private next = 0;
  private finished = 0;
  private barrenDeaths = 0;
  private settled = false;
  private hereRunning = false;
  private readonly workers = new Set<Worker>();
  /** Files sent to a worker that died while scoring another: taken again before new ones. */
  private readonly retry: number[] = [];
  private scoreHere: ReturnType<typeof createScorer> | undefined;
  private readonly onAbort = () => this.settle(true);

  constructor(
    private readonly files: string[],
    private readonly options: PoolOptions,
    private readonly resolve: (result: { interrupted: boolean }) => void,
  ) {}

  start(): void {
    const { signal } = this.options;
    signal?.addEventListener('abort', this.onAbort, { once: true });
    if (signal?.aborted) {
      this.settle(true);
      return;
    }
    this.scoreHere = createScorer(this.options.config, this.options.pack);
    for (let i = workerCount(this.files.length, this.options); i > 0; i--) this.spawn();
    void this.runHere();
  }

  private hasWork(): boolean {
    return this.retry.length > 0 || this.next < this.files.length;
  }

  private take(): number {
    return this.retry.shift() ?? this.next++;
  }

  private settle(interrupted: boolean): void {
    if (this.settled) return;
    this.settled = true;
    this.options.signal?.removeEventListener('abort', this.onAbort);
    for (const w of this.workers) void w.terminate();
    this.resolve({ interrupted });
  }

  private complete(id: number, result: ScoreResult): void {
    if (this.settled) return;
    this.finished++;
    this.options.onResult(id, this.files[id]!, result);
    if (this.finished === this.files.length) this.settle(false);
  }

  /**
   * This thread takes files from the same queue, one at a time, yielding between them so worker replies are taken in.
   */
  private async runHere(): Promise<void> {
    if (this.hereRunning) return; // one scorer, one file at a time
    this.hereRunning = true;
    while (!this.settled && this.hasWork()) {
      const id = this.take();
      const result = await this.scoreHere!(this.files[id]!);
      this.complete(id, result);
      await new Promise((r) => setImmediate(r));
    }
    this.hereRunning = false;
  }

  private spawn(): void {
    const { config, pack } = this.options;
    // In the order sent, which is the order the worker scores them: the first is the one it was on.
    const inFlight = new Set<number>();
    const worker = startWorker(config, this.options.workerModule);
    let answered = 0;
    this.workers.add(worker);
    const feed = () => {
      while (!this.settled && inFlight.size < PREFETCH && this.hasWork()) {
        const id = this.take();
        inFlight.add(id);
        worker.postMessage({ id, file: this.files[id]! } satisfies WorkerTask);
      }
    };
    worker.on('message', (reply: WorkerReply) => {
      answered++;
      inFlight.delete(reply.id);
      this.complete(reply.id, pack ? restorePackText(reply.result, pack) : reply.result);
      feed();
    });
    const fail = (reason: string) => this.died(worker, inFlight, answered > 0, reason);
    worker.on('error', (e) =>
      fail(
        (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'out of memory'
          : e instanceof Error
            ? e.message
            : String(e),
      ),
    );
    worker.on('exit', (code) => fail(`worker exited with code ${code}`));
    feed();
  }

  /**
   * A crashed worker (out of memory, a bug): the file it was on becomes an error row, the files
   * queued behind it are scored again, and a fresh worker takes over.
   */
  private died(worker: Worker, inFlight: Set<number>, answered: boolean, reason: string): void {
    if (!this.workers.delete(worker) || this.settled) return;
    const [culprit, ...queued] = inFlight;
    inFlight.clear();
    this.retry.unshift(...queued);
    if (culprit !== undefined) {
      const file = this.files[culprit]!;
      this.complete(culprit, {
        ok: false,
        error: toBatchError(file, [problem('batch.worker-died', file, { reason })], this.options.config.lang),
      });
    }
    this.barrenDeaths = answered ? 0 : this.barrenDeaths + 1;
    // Workers that keep dying before finishing anything: this thread scores the rest alone.
    if (this.barrenDeaths < MAX_BARREN_DEATHS && this.hasWork()) this.spawn();
    // This thread may have run out of work before the retries appeared.
    if (this.hasWork()) void this.runHere();
  }
}
