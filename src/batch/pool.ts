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
export const threadCount = (files: number, options: Pick<PoolOptions, 'jobs' | 'minFilesPerWorker'>) => (files === 0 ? 0 : 1 + workerCount(files, options));

function workerCount(files: number, { jobs, minFilesPerWorker = MIN_FILES_PER_WORKER }: Pick<PoolOptions, 'jobs' | 'minFilesPerWorker'>): number {
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

async function scoreInThread(files: string[], { config, pack, signal, onResult }: PoolOptions): Promise<{ interrupted: boolean }> {
  const score = createScorer(config, pack);
  for (let i = 0; i < files.length; i++) {
    if (signal?.aborted) return { interrupted: true };
    onResult(i, files[i]!, await score(files[i]!));
    // Scoring settles in microtasks only: let signals and timers (Ctrl-C, progress) in between files.
    await new Promise((r) => setImmediate(r));
  }
  return { interrupted: Boolean(signal?.aborted) };
}

/**
 * A worker's heap is capped: a file that defeats the input limits (source/limits.ts) then ends
 * its worker with ERR_WORKER_OUT_OF_MEMORY — an error row — instead of the whole process.
 * A real report needs ~100 MB; 1.5 GB leaves room for the largest legitimate one.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1536 };

/** Workers that die one after another without finishing a file are not replaced past this: something other than a file is wrong. */
const MAX_BARREN_DEATHS = 3;

function startWorker(config: ScorerConfig, module?: URL): Worker {
  // From dist/ the worker is compiled JavaScript; from src/ (tests, tsx) it is TypeScript, loaded through tsx's loader.
  if (!module && !import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: config, resourceLimits: WORKER_LIMITS });
  const url = (module ?? new URL('./worker.ts', import.meta.url)).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true, workerData: config, resourceLimits: WORKER_LIMITS });
}

function scoreInWorkers(files: string[], options: PoolOptions): Promise<{ interrupted: boolean }> {
  const { config, pack, signal, onResult } = options;
  let next = 0;
  let finished = 0;
  let barrenDeaths = 0;
  const workers = new Set<Worker>();
  // Files sent to a worker that died while scoring another: taken again before new ones.
  const retry: number[] = [];
  const hasWork = () => retry.length > 0 || next < files.length;
  const take = () => retry.shift() ?? next++;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (interrupted: boolean) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      for (const w of workers) void w.terminate();
      resolve({ interrupted });
    };
    const onAbort = () => settle(true);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) return settle(true);

    const complete = (id: number, result: ScoreResult) => {
      if (settled) return;
      finished++;
      onResult(id, files[id]!, result);
      if (finished === files.length) settle(false);
    };

    // This thread takes files from the same queue, one at a time, yielding between them so worker replies are taken in.
    const scoreHere = createScorer(config, pack);
    let hereRunning = false;
    const runHere = async () => {
      if (hereRunning) return; // one scorer, one file at a time
      hereRunning = true;
      while (!settled && hasWork()) {
        const id = take();
        const result = await scoreHere(files[id]!);
        complete(id, result);
        await new Promise((r) => setImmediate(r));
      }
      hereRunning = false;
    };

    const spawn = () => {
      // In the order sent, which is the order the worker scores them: the first is the one it was on.
      const inFlight = new Set<number>();
      const worker = startWorker(config, options.workerModule);
      let answered = 0;
      workers.add(worker);
      const feed = () => {
        while (!settled && inFlight.size < PREFETCH && hasWork()) {
          const id = take();
          inFlight.add(id);
          worker.postMessage({ id, file: files[id]! } satisfies WorkerTask);
        }
      };
      worker.on('message', (reply: WorkerReply) => {
        answered++;
        inFlight.delete(reply.id);
        complete(reply.id, pack ? restorePackText(reply.result, pack) : reply.result);
        feed();
      });
      // A crashed worker (out of memory, a bug): the file it was on becomes an error row, the files
      // queued behind it are scored again, and a fresh worker takes over.
      const fail = (reason: string) => {
        if (!workers.delete(worker) || settled) return;
        const [culprit, ...queued] = inFlight;
        inFlight.clear();
        retry.unshift(...queued);
        if (culprit !== undefined) {
          complete(culprit, { ok: false, error: toBatchError(files[culprit]!, [problem('batch.worker-died', files[culprit]!, { reason })], config.lang) });
        }
        barrenDeaths = answered > 0 ? 0 : barrenDeaths + 1;
        // Workers that keep dying before finishing anything: this thread scores the rest alone.
        if (barrenDeaths < MAX_BARREN_DEATHS && hasWork()) spawn();
        // This thread may have run out of work before the retries appeared.
        if (hasWork()) void runHere();
      };
      worker.on('error', (e) => fail((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : e instanceof Error ? e.message : String(e)));
      worker.on('exit', (code) => fail(`worker exited with code ${code}`));
      feed();
    };
    for (let i = workerCount(files.length, options); i > 0; i--) spawn();
    void runHere();
  });
}
