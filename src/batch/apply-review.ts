import type { Assessment } from '../model/assessment.js';
import type { ReviewSummary, StaleReason } from '../model/review.js';
import type { Pack } from '../pack/compiled-pack.js';
import type { ReviewRow } from '../roster/read-review.js';
import { applyDecisions, type Decision } from '../score/review.js';
import type { Lang } from '../util/lang.js';

/** The review sheet given to --review, read and checked before scoring (roster/read-review.ts). */
export interface LoadedReview {
  file: string;
  rows: ReviewRow[];
}

/**
 * The assessors' decisions applied once every report is scored, before ranking and the roster's
 * round, so both use the final scores. A row is applied only while it still describes what it was
 * written for: the same file, unchanged (its content hash), the same finding with the same machine
 * status and points. Any other row is stale — listed, never applied, since a decision about other
 * content or another result would be a decision nobody took.
 *
 * Each assessment is changed in place: the roster's match list holds the same objects.
 */
export function applyReview(assessments: Assessment[], review: LoadedReview, pack: Pack, lang: Lang): ReviewSummary {
  const byFile = new Map(assessments.map((a) => [a.report.file, a]));
  const decided = new Map<Assessment, Decision[]>();
  const stale: ReviewSummary['stale'] = [];
  for (const row of review.rows) {
    const a = byFile.get(row.file);
    const reason = a ? staleReason(a, row) : 'no-report';
    if (reason) {
      stale.push({ cell: row.row, file: row.file, ruleId: row.ruleId, reason });
      continue;
    }
    const list = decided.get(a!) ?? [];
    list.push({
      ruleId: row.ruleId,
      decision: row.decision,
      ...(row.points !== undefined ? { points: row.points } : {}),
      reason: row.reason,
      reviewer: row.reviewer,
      source: row.source,
    });
    decided.set(a!, list);
  }
  let applied = 0;
  let changed = 0;
  for (const [a, decisions] of decided) {
    const next = applyDecisions(pack, a, decisions, lang);
    applied += decisions.length;
    changed += next.findings.filter(
      (f) => f.review && (f.review.machineStatus !== f.status || f.review.machinePoints !== f.points),
    ).length;
    replaceInPlace(a, next);
  }
  return { file: review.file, applied, changed, stale };
}

function staleReason(a: Assessment, row: ReviewRow): StaleReason | undefined {
  if (a.report.contentHash !== row.contentHash) return 'report-changed';
  const f = a.findings.find((x) => x.ruleId === row.ruleId);
  if (!f) return 'no-finding';
  if (f.status !== row.machineStatus || f.points !== row.machinePoints) return 'finding-changed';
  return undefined;
}

/** Replaces every property (a spooled assessment's `findings` is a getter: redefined as a value). */
function replaceInPlace(a: Assessment, next: Assessment): void {
  const target = a as unknown as Record<string, unknown>;
  for (const k of Object.keys(target)) if (!(k in next)) delete target[k];
  for (const [k, value] of Object.entries(next))
    Object.defineProperty(target, k, { value, writable: true, enumerable: true, configurable: true });
}
