// A scoring worker: builds its own pack and Evaluator once, then scores the files it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { createScorer, type ScorerConfig } from './scorer.js';
import type { WorkerReply, WorkerTask } from './pool.js';

const score = createScorer(workerData as ScorerConfig);
const queue: WorkerTask[] = [];
let busy = false;

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    const reply: WorkerReply = { id: task.id, result: await score(task.file) };
    parentPort!.postMessage(reply);
  }
  busy = false;
}

parentPort!.on('message', (task: WorkerTask) => {
  queue.push(task);
  void drain();
});
