import { existsSync } from 'node:fs';
import { requirement } from './requirements.js';

/** The five real reports, read from ../shared/seeds next to the repository and never copied into it. */
export const SEEDS = '../shared/seeds';

/** Whether the seeds are there: one message, once per test file that needs them, when they are not. */
export const seeds = requirement(
  `the seed reports (${SEEDS})`,
  existsSync(SEEDS),
  'these tests read the five real reports from ../shared/seeds, next to the repository',
);
