import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { outputProblem, writeOutputFile } from '../source/write-file.js';
import { ProblemError } from '../problems/problem.js';
import type { SiteFile } from './site-files.js';

/** Writes the site's files into `dir` (created if needed); other files there are left alone. */
export function writeSite(dir: string, files: SiteFile[]): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new ProblemError([outputProblem(dir, e)]);
  }
  for (const f of files) writeOutputFile(join(dir, f.name), f.content);
}
