import type { Assessment, Finding } from '../model/assessment.js';
import type { FindingReview, MachineResult, ReviewDecision } from '../model/review.js';
import type { Pack } from '../pack/compiled-pack.js';
import type { Lang } from '../util/lang.js';
import { roundPoints } from '../util/numbers.js';
import { rulesById, scoreTotals } from './totals.js';

/** One assessor's decision on one finding, as read from the review sheet and checked there. */
export interface Decision {
  ruleId: string;
  decision: ReviewDecision;
  /** 复核得分, for 改判: 0 … the rule's points */
  points?: number;
  reason: string;
  reviewer: string;
  /** where it is written: 复核表.xlsx:复核!K7 */
  source: string;
}

/**
 * The assessors' decisions applied to one assessment: 维持 keeps the machine's result, 改判 sets
 * the points (pass at the rule's full points, else fail), 不适用 takes the rule out of the score.
 * Each decided finding keeps the machine's status and points in `review`; the totals — score,
 * grade, veto, gate — are recomputed by the same function `assess` uses, and the machine's kept in
 * `machine` when a decision changed anything. The caller has checked each decision is current.
 */
export function applyDecisions(
  pack: Pack,
  assessment: Assessment,
  decisions: readonly Decision[],
  lang: Lang = 'zh',
): Assessment {
  const byRule = new Map(decisions.map((d) => [d.ruleId, d]));
  const rules = rulesById(pack);
  let changed = false;
  const findings = assessment.findings.map((f) => {
    const d = byRule.get(f.ruleId);
    if (!d) return f;
    const reviewed = decide(f, d, rules.get(f.ruleId)?.points ?? f.maxPoints);
    if (reviewed.status !== f.status || reviewed.points !== f.points || reviewed.maxPoints !== f.maxPoints)
      changed = true;
    return reviewed;
  });
  const totals = scoreTotals(pack, findings, lang);
  const { vetoedBy: _v, returnedBy: _r, machine: _m, ...rest } = assessment;
  const result: Assessment = {
    ...rest,
    ...totals,
    findings,
    ...(changed ? { machine: machineResult(assessment) } : {}),
  };
  return result;
}

function decide(f: Finding, d: Decision, rulePoints: number): Finding {
  const review: FindingReview = {
    decision: d.decision,
    machineStatus: f.status,
    machinePoints: f.points,
    machineMaxPoints: f.maxPoints,
    reason: d.reason,
    reviewer: d.reviewer,
    source: d.source,
  };
  if (d.decision === 'keep') return { ...f, review };
  if (d.decision === 'not_applicable') return { ...f, status: 'not_applicable', points: 0, maxPoints: 0, review };
  const points = roundPoints(Math.min(Math.max(d.points ?? 0, 0), rulePoints));
  return { ...f, status: points >= rulePoints ? 'pass' : 'fail', points, maxPoints: rulePoints, review };
}

/** The machine's totals as they stood before the review. */
export const machineResult = (a: Assessment): MachineResult => ({
  score: a.score,
  maxScore: a.maxScore,
  percent: a.percent,
  grade: a.grade,
  vetoed: a.vetoed,
  returned: a.returned,
});
