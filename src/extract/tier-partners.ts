import type { Evidence } from '../model/common.js';
import type { FactExtractor } from './compile.js';
import { type FactFindings, TIERS_NOTE } from './recorded-values.js';

/*
 * Facts told tier by tier go in pairs (disputes accepted, disputes settled). When one was added over a township's own
 * statement and its units' (unit-tiers.ts) and its partner took the township's own statement of that span alone (镇调委会
 * 受理18件，调解成功17件。各村调委会受理31件，均已调处。: 49 accepted, 17 settled), the partner is the township's tier
 * only — another scope than the sum beside it, which would make a rate of 35 %. The partner is left unstated: a wrong
 * value is worse than none.
 */

/** Leaves unstated each tier-told fact whose value is the own tier of a partner's tier sum. */
export function withoutUnpairedTiers(found: FactFindings, extractors: readonly FactExtractor[]): void {
  const told = extractors.filter((x) => x.def.unitTiers !== undefined && found.facts[x.id] !== undefined);
  if (told.length < 2) return;
  const sums = told.filter((x) => isTierSum(found.evidence[x.id]));
  if (sums.length === 0) return;
  for (let k = 0; k < told.length; k++) {
    const x = told[k]!;
    const ev = found.evidence[x.id];
    if (ev === undefined || Array.isArray(ev) || ev.offset === undefined) continue;
    const at = ev.offset;
    const partnerSummed = sums.some(
      (s) => s !== x && sameTiers(s, x) && inSpan(found.evidence[s.id] as Evidence[], at),
    );
    if (!partnerSummed) continue;
    delete found.facts[x.id];
    delete found.evidence[x.id];
    found.conflicts = found.conflicts.filter((c) => c.fact !== x.id);
    found.unstated.push({ fact: x.id, lookedFor: x.lookedFor });
  }
}

/** Whether the evidence quotes statements added tier by tier. */
function isTierSum(ev: Evidence | Evidence[] | undefined): ev is Evidence[] {
  return Array.isArray(ev) && ev.some((e) => e.note === TIERS_NOTE);
}

/** Whether two facts name the same tiers (the pack gives each pair the same words). */
function sameTiers(a: FactExtractor, b: FactExtractor): boolean {
  const ta = a.def.unitTiers!;
  const tb = b.def.unitTiers!;
  return ta.units.join() === tb.units.join() && ta.body.join() === tb.body.join();
}

/** Whether `at` lies between the first and the last quoted statement of a sum. */
function inSpan(parts: Evidence[], at: number): boolean {
  let from = Number.POSITIVE_INFINITY;
  let to = -1;
  for (let k = 0; k < parts.length; k++) {
    const o = parts[k]!.offset;
    if (o === undefined) continue;
    from = Math.min(from, o);
    to = Math.max(to, o + parts[k]!.quote.length);
  }
  return at >= from && at <= to;
}
