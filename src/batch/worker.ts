// A scoring worker: builds its own pack and Evaluator once, then scores the files it is sent, one at a time.
import { workerData } from 'node:worker_threads';
import type { Pack } from '../pack/compiled-pack.js';
import { openPack } from '../pipeline/open-pack.js';
import { createScorer, stripPackText, type ScorerConfig } from './scorer.js';
import { serveTasks } from './task-loop.js';

const config = workerData as ScorerConfig;
let pack: Pack | undefined;
try {
  pack = await openPack(config.packDir);
} catch {
  // the scorer tries again and turns the problem into each file's error row
}
const score = createScorer(config, pack);
serveTasks(async (file) => {
  const result = await score(file);
  return pack ? stripPackText(result, pack) : result;
});
