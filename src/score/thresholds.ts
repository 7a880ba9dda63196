import type { Assessment } from '../model/assessment.js';
import type { Severity } from '../model/common.js';
import { isShortfall } from './shortfall.js';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export interface Thresholds {
  /** fail when the percentage of available points is below this */
  failUnder?: number;
  /** fail when any counted shortfall has at least this severity */
  failOn?: Severity;
}

/** Which thresholds an assessment misses; empty when it meets them all. */
export function missedThresholds(a: Assessment, t: Thresholds): string[] {
  const missed: string[] = [];
  if (t.failUnder !== undefined && a.percent < t.failUnder) missed.push(`fail-under ${t.failUnder}`);
  if (t.failOn !== undefined) {
    const min = SEVERITY_RANK[t.failOn];
    const hit = a.findings.some((f) => isShortfall(f) && SEVERITY_RANK[f.severity] >= min);
    if (hit) missed.push(`fail-on ${t.failOn}`);
  }
  return missed;
}
