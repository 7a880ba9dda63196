import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './pool.js';
import type { ScoreResult } from './scorer.js';

/**
 * A worker's side of the pool: takes the tasks it is sent and answers each in the order sent,
 * one at a time — the pool counts on that order to know which file a dying worker was on.
 */
export function serveTasks(score: (file: string) => Promise<ScoreResult>): void {
  const queue: WorkerTask[] = [];
  let busy = false;
  const drain = async () => {
    if (busy) return;
    busy = true;
    for (let task = queue.shift(); task; task = queue.shift()) {
      const reply: WorkerReply = { id: task.id, result: await score(task.file) };
      parentPort!.postMessage(reply);
    }
    busy = false;
  };
  parentPort!.on('message', (task: WorkerTask) => {
    queue.push(task);
    void drain();
  });
}
