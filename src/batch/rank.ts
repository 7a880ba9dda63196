import type { Assessment } from '../model/assessment.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The ranking order: a vetoed report (一票否决: graded lowest whatever its score) after every
 * other, then percent descending, then authority, then file path. Strings compare by code
 * point, so the order is the same on every machine whatever the completion order.
 */
export function compareRank(a: Assessment, b: Assessment): number {
  return (
    Number(a.vetoed) - Number(b.vetoed) ||
    b.percent - a.percent ||
    cmp(a.report.authority ?? '', b.report.authority ?? '') ||
    cmp(a.report.file, b.report.file)
  );
}

export function rankAssessments(assessments: Assessment[]): Assessment[] {
  return [...assessments].sort(compareRank);
}

/** Competition ranks ("1224") for assessments already in rank order: equal percentages share a rank. */
export function rankNumbers(ranked: Assessment[]): number[] {
  const out: number[] = [];
  ranked.forEach((a, i) => {
    const prev = ranked[i - 1];
    out.push(prev && prev.percent === a.percent && prev.vetoed === a.vetoed ? out[i - 1]! : i + 1);
  });
  return out;
}
