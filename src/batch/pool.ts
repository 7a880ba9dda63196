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
  /** the pack already loaded here, reused when jobs is 1 */
  pack?: Pack;
  signal?: AbortSignal;
  /** called as each file finishes, in completion order */
  onResult: (index: number, file: string, result: ScoreResult) => void;
}

/** Tasks sent ahead to each worker so it never waits for the next file. */
const PREFETCH = 4;

/**
 * Scores files across worker threads, each with its own pack and Evaluator. Resolves when
 * every file has a result, or at once when the signal aborts (finished results are kept).
 */
export async function scoreFiles(files: string[], options: PoolOptions): Promise<{ interrupted: boolean }> {
  if (files.length === 0) return { interrupted: false };
  if (options.jobs <= 1) return scoreInThread(files, options);
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

function startWorker(config: ScorerConfig): Worker {
  // From dist/ the worker is compiled JavaScript; from src/ (tests, tsx) it is TypeScript, loaded through tsx's loader.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: config });
  const url = new URL('./worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true, workerData: config });
}

function scoreInWorkers(files: string[], { jobs, config, pack, signal, onResult }: PoolOptions): Promise<{ interrupted: boolean }> {
  let next = 0;
  let finished = 0;
  const workers = new Set<Worker>();
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

    const spawn = () => {
      const inFlight = new Set<number>();
      const worker = startWorker(config);
      let answered = 0;
      workers.add(worker);
      const feed = () => {
        while (!settled && inFlight.size < PREFETCH && next < files.length) {
          const id = next++;
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
      // A crashed worker (a bug, or out of memory): its files become error rows and a new worker takes over.
      const fail = (reason: string) => {
        if (!workers.delete(worker) || settled) return;
        for (const id of inFlight) {
          complete(id, { ok: false, error: toBatchError(files[id]!, [problem('batch.internal', files[id]!, { reason })], config.lang) });
        }
        inFlight.clear();
        // A worker that died before scoring anything would die again: the rest fail with the same reason.
        if (answered === 0 && workers.size === 0) {
          while (next < files.length) {
            const id = next++;
            complete(id, { ok: false, error: toBatchError(files[id]!, [problem('batch.internal', files[id]!, { reason })], config.lang) });
          }
        } else if (next < files.length) spawn();
      };
      worker.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
      worker.on('exit', (code) => fail(`worker exited with code ${code}`));
      feed();
    };
    for (let i = 0; i < Math.min(jobs, files.length); i++) spawn();
  });
}
