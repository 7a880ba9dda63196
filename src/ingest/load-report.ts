import { extname } from 'node:path';
import type { ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import { problem, ProblemError } from '../problems/problem.js';
import { assertFile } from '../source/read-file.js';
import { loadStructuredReport, STRUCTURED_EXTENSIONS } from './structured-report.js';

export const SUPPORTED_EXTENSIONS = [...STRUCTURED_EXTENSIONS];

/** Any input fazhi can score, read into ReportData; one clear problem for anything else. */
export function loadReport(file: string, pack: Pack): ReportData {
  assertFile(file);
  const ext = extname(file).toLowerCase();
  if (STRUCTURED_EXTENSIONS.includes(ext)) return loadStructuredReport(file, pack);
  throw new ProblemError([problem('file.unsupported-type', file, { ext: ext || '(none)', supported: SUPPORTED_EXTENSIONS.join(' ') })]);
}
