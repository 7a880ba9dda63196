import type { Assessment } from '../model/assessment.js';
import type { Comparison } from '../model/batch.js';
import type { PreviousBatch } from './previous-batch.js';
import { isShortfall } from '../score/shortfall.js';
import { roundPercent } from '../util/numbers.js';

type PreviousAssessment = PreviousBatch['assessments'][number];

/** Score change and newly failing / fixed rules per authority, matched by authority name, in the order given. */
export function compareWithPrevious(ranked: Assessment[], previous: PreviousBatch): Comparison[] {
  const before = new Map<string, PreviousAssessment>();
  // Last year's batch is ranked: the first entry of an authority is its best.
  for (const a of previous.assessments)
    if (a.report.authority && !before.has(a.report.authority)) before.set(a.report.authority, a);
  const out: Comparison[] = [];
  for (const a of ranked) {
    const authority = a.report.authority;
    if (!authority) continue;
    const prev = before.get(authority);
    const now = new Set(a.findings.filter(isShortfall).map((f) => f.ruleId));
    const then = new Set(prev ? prev.findings.filter(isShortfall).map((f) => f.ruleId) : []);
    // A rule that did not apply is neither newly failing nor fixed: with nothing to assess in one of
    // the two years (本年度未发生行政诉讼案件, or another role) there is no change to report.
    const present = new Set(a.findings.filter((f) => f.status !== 'not_applicable').map((f) => f.ruleId));
    const notApplicableThen = new Set(
      prev ? prev.findings.filter((f) => f.status === 'not_applicable').map((f) => f.ruleId) : [],
    );
    out.push({
      authority,
      file: a.report.file,
      ...(prev
        ? {
            previousFile: prev.report.file,
            previousPercent: prev.percent,
            change: roundPercent(a.percent - prev.percent),
            previousGrade: prev.grade,
          }
        : {}),
      percent: a.percent,
      newlyFailing: prev ? [...now].filter((id) => !then.has(id) && !notApplicableThen.has(id)) : [],
      fixed: [...then].filter((id) => !now.has(id) && present.has(id)),
    });
  }
  return out;
}
