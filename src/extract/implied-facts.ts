import type { Evidence } from '../model/common.js';
import type { FactValue, ReportData } from '../model/report.js';
import type { FactExtractor } from './compile.js';
import { withNote } from './evidence-shapes.js';
import type { ClaimWords } from './claim-words.js';

/**
 * An activity stated by its count is an activity held: 开展普法宣传活动26场次 says 普法 was done,
 * though no words of the held fact's own stand there (原定…12场，实际开展15场; 档案法宣传活动2场).
 * A boolean fact with `impliedBy` is true when one of those counts is above 0 and no statement of
 * its own gave a value: a stated 未单独组织培训 (false) is never overridden by a count read elsewhere.
 */
export function applyImpliedActivities(
  extractors: FactExtractor[],
  facts: Record<string, FactValue>,
  evidence: Record<string, Evidence | Evidence[]>,
  unstated: NonNullable<ReportData['unstated']>,
  words: ClaimWords,
  text: string,
): void {
  for (let k = 0; k < extractors.length; k++) {
    const x = extractors[k]!;
    if (x.impliedBy && facts[x.id] === true) deniedByZero(x, x.impliedBy, facts, evidence);
    if (x.impliedBy && facts[x.id] === false) heldBesides(x, extractors, facts, evidence, words, text);
    if (!x.impliedBy || facts[x.id] !== undefined) continue;
    const by = firstCounted(x.impliedBy, facts);
    if (by === undefined) continue;
    facts[x.id] = true;
    const countEvidence = evidence[by]!;
    const ev = Array.isArray(countEvidence) ? countEvidence[0]! : countEvidence;
    evidence[x.id] = withNote(ev, `由所报数量 ${facts[by]} 得出`);
    dropUnstated(unstated, x.id);
  }
}

/**
 * An activity named only on the line that counts it as 0 (行政执法培训：0场次（本年度机构改革…）): not held. The held
 * fact read from that line's words is false, noted, when no count of it is above 0.
 */
function deniedByZero(
  x: FactExtractor,
  counts: string[],
  facts: Record<string, FactValue>,
  evidence: Record<string, Evidence | Evidence[]>,
): void {
  if (firstCounted(counts, facts) !== undefined) return;
  const held = single(evidence[x.id]);
  for (let k = 0; k < counts.length; k++) {
    if (facts[counts[k]!] !== 0) continue;
    const zero = single(evidence[counts[k]!]);
    if (held?.line === undefined || zero?.line !== held.line) continue;
    facts[x.id] = false;
    evidence[x.id] = withNote(held, `所报数量为 0`);
    return;
  }
}

/**
 * An activity denied only as not held separately (局机关未另行组织执法培训, 本局未单独组织培训) beside a count of it read as
 * the reporter's (局执法大队…举办执法人员培训4期): held, by others of its own — the count says so. The qualifier
 * (vocabulary zeroQualifiers) is what makes the denial a partial one; a plain 未组织 stands. So is one planned
 * occurrence put off (原定于6月举办的“法治文艺进村”巡演因汛期暂缓，全年开展普法宣传活动11场次: vocabulary priorPlan) beside
 * a count of it: the others were held, in its sentence too.
 */
function heldBesides(
  x: FactExtractor,
  extractors: FactExtractor[],
  facts: Record<string, FactValue>,
  evidence: Record<string, Evidence | Evidence[]>,
  words: ClaimWords,
  text: string,
): void {
  const denial = single(evidence[x.id]);
  const by = firstCounted(x.impliedBy!, facts);
  if (denial === undefined || by === undefined) return;
  const planned = words.priorPlan.anyWithin(denial.quote, 0, denial.quote.length);
  if (!planned && !words.zeroQualifiers.anyWithin(denial.quote, 0, denial.quote.length)) return;
  // a count of what its people joined (执法人员参加县局轮训4人次) is no training held: the denial stands
  const ev = single(evidence[by])!;
  const joined = extractors.find((c) => c.id === by)?.def.attended?.join ?? [];
  if (joined.some((w) => ev.quote.includes(w) || denial.quote.includes(w))) return;
  // nor one told in the denial's own sentence (未单独组织…，参加了…培训班，参训共计63人次): what was joined instead
  if (!planned && sameSentence(text, denial.offset, ev.offset)) return;
  facts[x.id] = true;
  const why = planned ? '系原定的一次推迟或取消' : '系未单独组织';
  evidence[x.id] = withNote(ev, `由所报数量 ${facts[by]} 得出（另载“${denial.quote}”，${why}）`);
}

/** Whether no sentence ends between two offsets of the text (unknown offsets: not shown apart). */
function sameSentence(text: string, a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return !/[。；;！？\n]/u.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

const single = (e: Evidence | Evidence[] | undefined): Evidence | undefined => (Array.isArray(e) ? e[0] : e);

/** A fact given a value after the reading: no longer listed as unstated. */
export function dropUnstated(unstated: NonNullable<ReportData['unstated']>, id: string): void {
  const i = unstated.findIndex((u) => u.fact === id);
  if (i >= 0) unstated.splice(i, 1);
}

/** The first of the counts that the report states above 0. */
function firstCounted(ids: string[], facts: Record<string, FactValue>): string | undefined {
  for (let k = 0; k < ids.length; k++) {
    const v = facts[ids[k]!];
    if (typeof v === 'number' && v > 0) return ids[k];
  }
  return undefined;
}
