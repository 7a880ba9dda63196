import type { Finding } from '../model/assessment.js';

/** A finding as far as the test needs it: last year's batch.json is read loosely, so status is any string. */
export type Shortfallish = Pick<Finding, 'maxPoints'> & { status: string };

/**
 * A shortfall: what `--fail-on` counts — a failure (a failed gate, 退回重报, included), a rule error,
 * or a missing fact that cost points. not_applicable (不适用) never is: the rule does not apply.
 */
export const isShortfall = (f: Shortfallish) => f.status === 'fail' || f.status === 'error' || (f.status === 'missing' && f.maxPoints > 0);
