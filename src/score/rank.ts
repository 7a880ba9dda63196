import type { Assessment } from '../model/assessment.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Which block of the ranking a report falls in, before its percent is looked at:
 * 0 — scored normally;
 * 1 — returned for resubmission (退回重报: not an annual report, or not the whole year). Its score is
 *     provisional — measured against the wrong document — so it cannot stand among reports that were
 *     scored for real: a 工作总结 that happens to mention many figures must not outrank a proper report;
 * 2 — vetoed (一票否决): graded lowest whatever its score, a final verdict on the year. It goes after
 *     a returned report, which has no verdict yet (it will be resubmitted and scored again).
 * A report both returned and vetoed is vetoed: the veto stands whatever the resubmission says.
 */
export const rankTier = (a: Assessment) => (a.vetoed ? 2 : a.returned ? 1 : 0);

/**
 * The ranking order: the tier above, then percent descending, then authority, then file path.
 * Strings compare by code point, so the order is the same on every machine whatever the completion order.
 */
export function compareRank(a: Assessment, b: Assessment): number {
  return (
    rankTier(a) - rankTier(b) ||
    b.percent - a.percent ||
    cmp(a.report.authority ?? '', b.report.authority ?? '') ||
    cmp(a.report.file, b.report.file)
  );
}

export function rankAssessments(assessments: Assessment[]): Assessment[] {
  return [...assessments].sort(compareRank);
}

/**
 * Competition ranks ("1224") for assessments already in rank order: equal percentages in the same tier share a rank.
 */
export function rankNumbers(ranked: Assessment[]): number[] {
  const out: number[] = [];
  ranked.forEach((a, i) => {
    const prev = ranked[i - 1];
    out.push(prev && prev.percent === a.percent && rankTier(prev) === rankTier(a) ? out[i - 1]! : i + 1);
  });
  return out;
}
