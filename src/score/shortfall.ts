import type { Finding } from '../model/assessment.js';

/** A finding as far as the test needs it: last year's batch.json is read loosely, so status is any string. */
export type Shortfallish = Pick<Finding, 'maxPoints'> & { status: string };

/**
 * A shortfall: a failure (a failed gate, 退回重报, included), a rule error, or a missing fact that
 * cost points. not_applicable (不适用) never is: the rule does not apply. The one test of it, used by
 * `--fail-on` (thresholds.ts), the 不符合项数 of every batch output (render/batch-view.ts), last
 * year's newly failing and fixed rules (batch/compare.ts), the JUnit and SARIF outcomes, the card's
 * 需要关注 group, the problems a unit's feedback document lists (render/feedback-content.ts) and which
 * findings a waiver may cover (assess.ts). Where a format shows more
 * than the shortfalls, it says why beside its own rule:
 * - JUnit (render/junit.ts): a shortfall is a <failure>, a rule error an <error>; every other
 *   non-passing finding is <skipped> (not run, or waived), never a pass.
 * - SARIF (render/sarif.ts): a shortfall is kind "fail"; so is a waived one, with an external
 *   suppression, because SARIF keeps a suppressed result as the result it suppresses.
 * - The card (render/finding-groups.ts): 需要关注 lists the shortfalls that cost points or veto and
 *   the waived findings (so a waiver stays in view); a failed rule worth no points is a note.
 */
export const isShortfall = (f: Shortfallish) =>
  f.status === 'fail' || f.status === 'error' || (f.status === 'missing' && f.maxPoints > 0);

/** A shortfall a waiver may cover: not a rule error, which is a fault in the checklist, not the report's. */
export const isWaivable = (f: Shortfallish) => isShortfall(f) && f.status !== 'error';
