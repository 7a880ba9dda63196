// A scoring worker that dies when it starts on a file whose name contains "die-here" — as a
// worker does when a file exhausts its heap — and is otherwise the real worker's loop.
import { parentPort, workerData } from 'node:worker_threads';
import { createScorer, type ScorerConfig } from '../../src/batch/scorer.js';
import type { WorkerTask } from '../../src/batch/pool.js';

const score = createScorer(workerData as ScorerConfig);
const queue: WorkerTask[] = [];
let busy = false;

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    if (task.file.includes('die-here')) process.exit(7);
    parentPort!.postMessage({ id: task.id, result: await score(task.file) });
  }
  busy = false;
}

parentPort!.on('message', (task: WorkerTask) => {
  queue.push(task);
  void drain();
});
