// A scoring worker: builds its own pack and Evaluator once, then scores the files it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import type { Pack } from '../pack/compiled-pack.js';
import { loadPack } from '../pack/load-pack.js';
import { createScorer, stripPackText, type ScorerConfig } from './scorer.js';
import type { WorkerReply, WorkerTask } from './pool.js';

const config = workerData as ScorerConfig;
let pack: Pack | undefined;
try {
  pack = loadPack(config.packDir);
} catch {
  // the scorer tries again and turns the problem into each file's error row
}
const score = createScorer(config, pack);
const queue: WorkerTask[] = [];
let busy = false;

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    const result = await score(task.file);
    const reply: WorkerReply = { id: task.id, result: pack ? stripPackText(result, pack) : result };
    parentPort!.postMessage(reply);
  }
  busy = false;
}

parentPort!.on('message', (task: WorkerTask) => {
  queue.push(task);
  void drain();
});
