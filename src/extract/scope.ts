import type { ReportRole } from '../model/report.js';
import type { ClaimWords } from './claim-words.js';

/** A clause with no scope word gives an unspecified figure. */
export const UNSPECIFIED = 'unspecified';

/** How far back in the sentence a scope word still names whose figure it is (全县共受理…，审结28件). */
const SENTENCE_REACH = 40;

/**
 * Whose figure the words before `at` give: the nearest scope word in its clause, else in
 * the sentence before it (bounded), else unspecified.
 */
export function scopeAt(w: ClaimWords, text: string, clauseStart: number, sentenceStart: number, at: number): string {
  if (w.scopeWords.size === 0) return UNSPECIFIED;
  const inClause = w.scopeWords.last(text, clauseStart, at);
  const hit = inClause ?? w.scopeWords.last(text, Math.max(sentenceStart, clauseStart - SENTENCE_REACH), clauseStart);
  return hit ? w.scopeOf.get(hit.word) ?? UNSPECIFIED : UNSPECIFIED;
}

/**
 * The scopes a reporter's figures may come from, most preferred first. A department or
 * township reports its own work: region, government and departments figures are other
 * bodies' numbers. A government reports for its region; a 司法局 hosts the 依法治办 and
 * reports region-wide figures. With the role unknown, the reporter's own or unscoped
 * figures come first and no other body's figure is taken.
 */
const PREFERENCE: Record<ReportRole | 'unknown', readonly string[]> = {
  department: ['own', UNSPECIFIED],
  township: ['own', UNSPECIFIED],
  government: ['region', 'government', UNSPECIFIED],
  judicial_bureau: ['region', UNSPECIFIED, 'own'],
  unknown: [UNSPECIFIED, 'own', 'region'],
};

/** The preference rank of a scope for a role (lower is better), or undefined when the figure is not the reporter's. */
export function scopeRank(role: ReportRole | undefined, scope: string | undefined): number | undefined {
  const order = PREFERENCE[role ?? 'unknown'];
  const i = order.indexOf(scope ?? UNSPECIFIED);
  return i < 0 ? undefined : i;
}
