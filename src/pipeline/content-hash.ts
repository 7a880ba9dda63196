import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Assessment } from '../model/assessment.js';

/**
 * Stamps the assessment with the sha256 of its file's bytes (hex), read once more after it was
 * scored: a review sheet's row carries it, so a decision written for other content is stale. Here,
 * not in score: node's crypto is not in the browser-safe core.
 */
export function withContentHash(assessment: Assessment, file: string): Assessment {
  assessment.report.contentHash = createHash('sha256').update(readFileSync(file)).digest('hex');
  return assessment;
}
