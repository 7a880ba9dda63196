// A scoring worker that dies when it starts on a file whose name contains "die-here" — as a
// worker does when a file exhausts its heap — and is otherwise the real worker's loop.
import { workerData } from 'node:worker_threads';
import { createScorer, type ScorerConfig } from '../../src/batch/scorer.js';
import { serveTasks } from '../../src/batch/task-loop.js';

const score = createScorer(workerData as ScorerConfig);
serveTasks(async (file) => {
  if (file.includes('die-here')) process.exit(7);
  return score(file);
});
