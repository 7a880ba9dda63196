import { CHINESE_NUMERAL_CHARS } from './numbers.js';
import { lastJudging, type ClaimWords } from './claim-words.js';
import { holdsAny, scopeOfClause, sentenceReach, type ClaimContext } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { cueAllowed } from './cue-reach.js';
import { modality } from './polarity.js';
import type { TextIndex } from './text-index.js';
import type { Ranked } from './statement-choice.js';
import type { ReportRole } from '../model/report.js';
import { DEPARTMENTS } from './scope-names.js';

/*
 * The value a denied enum or boolean claim gives: partial coverage when the denial covers only some (stated beside in
 * its sentence, or of a counted subject), else the pack's whenNegated.
 */

/**
 * The value a denied claim gives: a coverage claim denied in one clause and stated in another of its sentence (43个
 * 部门全部完成述法，但述法尚未延伸到各乡镇 — not one saying the work falls short, 述法工作滞后), or denied of a counted subject
 * or of a part (少数部门…未…述法), is partial; else the pack's whenNegated.
 */
export function deniedValueOf(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  value: string,
  cs: number,
  ce: number,
  at: number,
): string | undefined {
  const cov = x.coverage;
  const beside = cov ? statedBeside(index, x, ctx, cs, ce, at) : undefined;
  // one kind denied beside the other kind stated (已聘请法律顾问1名，尚未配备公职律师): the kinds, not how far coverage
  // reached — the denial gives nothing, the statement beside stands
  if (beside !== undefined && otherKindOfCue(x, index.text.slice(at, ce), beside)) return undefined;
  if (
    cov &&
    (beside !== undefined ||
      countedSubject(ctx.words, index.text, index.sentence(at)[0], at) ||
      // a part of the subjects denied it (少数部门…未按时提交述法报告; 部分乡镇未开展述法): the others did
      lastJudging(ctx.words, ctx.words.partial, index.text, index.sentence(at)[0], at) !== undefined)
  )
    return cov.partial;
  return x.whenNegated?.[value];
}

/** The scopes a reporter's own statement has: its own, or none named. */
const OWN_SCOPES = new Set(['own', 'unspecified']);

/**
 * Whether the denied claim's words name a cue of the fact that is neither the cue stated beside nor holds it (公职律师
 * denied beside 法律顾问 stated).
 */
function otherKindOfCue(x: FactExtractor, denied: string, beside: string): boolean {
  const own = x.cues.find((c) => denied.includes(c));
  return own !== undefined && !own.includes(beside) && !beside.includes(own);
}

/** The cue another clause of the sentence, within reach, states as a result; undefined when none does. */
function statedBeside(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cs: number,
  ce: number,
  at: number,
): string | undefined {
  const text = index.text;
  const reach = sentenceReach(index, at);
  const from = reach[0];
  const to = reach[1];
  const ss = index.sentence(at)[0];
  // searched in the sentence's reach only (indexOf on the text would run on to its end)
  const near = text.slice(from, to);
  for (let k = 0; k < x.cues.length; k++) {
    const cue = x.cues[k]!;
    for (let j = near.indexOf(cue); j >= 0; j = near.indexOf(cue, j + 1)) {
      const i = from + j;
      // a cue word the fact does not read there (述法工作方案: notFollowedBy) states nothing beside the denial
      if ((i >= cs && i < ce) || !cueAllowed(text, i, cue.length, x)) continue;
      const clause = index.clause(i);
      // for a reporter whose value is only its own (a department's legal advisers), another body's stated beside
      // (未单独聘请法律顾问，由县政府法律顾问团提供服务) covers none of it: the denial stands whole
      if (
        ctx.ownFirst &&
        x.ownScopeFor &&
        (!OWN_SCOPES.has(ctx.reporterScope(scopeOfClause(index, ctx, clause[0], i))) ||
          anotherBodyServes(ctx.words, text, clause[0], i))
      )
        continue;
      // a clause saying the work falls short (述法工作滞后, 述法质量不高) states no coverage reached
      if (lastJudging(ctx.words, ctx.words.insufficient, text, i + cue.length, clause[1]) !== undefined) continue;
      if (modality(ctx.words, text, clause[0], clause[1], i, i + cue.length, ss) === 'result') return cue;
    }
  }
  return undefined;
}

/**
 * Whether the clause from `cs` names another body, after an agent word, right before the cue at `at` (由县人社局法律顾问
 * 提供服务, 由县司法局统筹安排的政府法律顾问…): its adviser serves the reporter, it is none of the reporter's own.
 */
function anotherBodyServes(w: ClaimWords, text: string, cs: number, at: number): boolean {
  const re = w.bodyName;
  if (!re) return false;
  // the agent may follow the clause's topic (涉法事务由…)
  for (let p = cs; p < at; p++) {
    const agent = AGENTS.find((a) => text.startsWith(a, p));
    if (agent === undefined) continue;
    re.lastIndex = p + agent.length;
    const m = re.exec(text);
    if (m !== null && m.index === p + agent.length && m.index + m[0].length <= at) return true;
  }
  return false;
}

/** Words before the body that serves (由县人社局…, 委托县司法局…). */
const AGENTS = ['由', '委托', '依托'];

/**
 * Whether a denied coverage claim's subject is counted (1名乡镇主要负责人因病未参加述法; 2个新组建单位未聘请法律顾问):
 * those did not, so others did — partly covered, unless a word says all of them (45名负责人均未述法) or none of them
 * is counted (没有一个乡镇开展述法).
 */
export function countedSubject(w: ClaimWords, text: string, ss: number, at: number): boolean {
  const from = Math.max(ss, at - COUNTED_REACH);
  // a none-of quantifier (没有一个乡镇开展述法) counts no one
  if (w.noneOf.last(text, from, at) !== undefined) return false;
  const m = COUNTED.exec(text.slice(from, at));
  return m !== null && w.allOf.last(text, from + m.index, at) === undefined;
}

/** A figure and a classifier of people or units, then words up to the claim (no clause's end between). */
const COUNTED = new RegExp(`(?:\\d+|[${CHINESE_NUMERAL_CHARS}]+)(?:名|人|个|家|位)[^，,；;。\\d]*$`, 'u');
const COUNTED_REACH = 30;

/**
 * The statements a coverage fact's value is chosen from, a denial of one kind of its subjects (乡镇主要负责人述法尚未开展;
 * 县直部门主要负责人述法因机构改革推迟 — a clause of the departments' scope) read as partial coverage when another statement
 * of the report states how far coverage reached (…述法，覆盖率达80%; 11个乡镇主要负责人均…述法): some were reached, not
 * none. Unchanged otherwise.
 */
export function partDeniedAsPartial(index: TextIndex, x: FactExtractor, chosen: Ranked[]): Ranked[] {
  const cov = x.coverage;
  const negated = x.whenNegated;
  if (cov === undefined || negated === undefined || x.valueCues === undefined || chosen.length < 2) return chosen;
  const isNone = deniedNone(cov.partial, negated);
  // coverage stated, full or partial, in another sentence (a held read from a heading, ㈤述法, says nothing of who did
  // it; a shortfall beside the denial, …述法制度落实不到位, is the denial's own), or in another clause of another scope
  // (全县述法工作尚未全面铺开，…，乡镇主要负责人述法尚未启动)
  const affirmedApart = (at: number) =>
    chosen.some(
      (r) =>
        (r.m.value === cov.full || r.m.value === cov.partial) &&
        (index.sentence(r.m.valueOffset)[0] !== index.sentence(at)[0] ||
          (r.m.scope !== DEPARTMENTS && index.clause(r.m.valueOffset)[0] !== index.clause(at)[0])),
    );
  const rank = x.valueCues.findIndex(([v]) => v === cov.partial);
  return chosen.map((r) =>
    isNone(r.m.value) && r.m.scope === DEPARTMENTS && affirmedApart(r.m.valueOffset)
      ? {
          rank: r.rank,
          m: {
            value: cov.partial,
            valueOffset: r.m.valueOffset,
            at: r.m.at,
            evidence: { ...r.m.evidence, note: PART_DENIED_NOTE },
            rank,
            scope: r.m.scope,
          },
        }
      : r,
  );
}

const PART_DENIED_NOTE = '部分对象载明未开展，其余已开展：部分覆盖';

/** Whether a value is the one a denial gives (whenNegated's, other than partial: none). */
const deniedNone =
  (partial: string, negated: Record<string, string>) =>
  (v: unknown): boolean =>
    v !== partial && Object.values(negated).includes(v as string);

/**
 * The statements a coverage fact chooses from, without a denial of one kind of its cues (本局尚未配备公职律师) when a
 * statement of another kind, of the reporter's own or no named scope, affirms it anywhere in the report (…聘请…律师事务所
 * 为常年法律顾问; the denial often stands in the shortcomings part): the reporter has the other kind, the denial says
 * nothing of how far coverage reached. Unchanged otherwise.
 */
export function kindDeniedBesideOther(x: FactExtractor, chosen: Ranked[]): Ranked[] {
  const cov = x.coverage;
  const negated = x.whenNegated;
  if (cov === undefined || negated === undefined || chosen.length < 2) return chosen;
  const isNone = deniedNone(cov.partial, negated);
  const affirmed = chosen.filter((r) => !isNone(r.m.value) && OWN_SCOPES.has(r.m.scope));
  if (affirmed.length === 0) return chosen;
  const kindsOf = new Map<Ranked, string[]>();
  const kinds = (r: Ranked) => {
    let k = kindsOf.get(r);
    if (k === undefined) kindsOf.set(r, (k = x.cues.filter((c) => r.m.evidence.quote.includes(c))));
    return k;
  };
  const apart = (a: string[], b: string[]) =>
    a.length > 0 && b.length > 0 && !a.some((k) => b.some((l) => k.includes(l) || l.includes(k)));
  return chosen.filter((r) => !isNone(r.m.value) || !affirmed.some((a) => apart(kinds(a), kinds(r))));
}

/**
 * The statements without full coverage claimed of the units under a department or a town alone (局机关聘请法律顾问1名，
 * 所属12家医疗卫生单位均配备法律顾问): the units' coverage is not the reporter's — its own adviser, stated apart, says held.
 * The units named together with the body itself (局机关及所属3个二级单位均聘请) stay: that is the reporter's whole; so does
 * the units' claim when no other statement is left.
 */
export function unitsFullApart(
  index: TextIndex,
  x: FactExtractor,
  chosen: Ranked[],
  role: ReportRole | undefined,
): Ranked[] {
  const units = x.def.excludeDenials;
  const cov = x.coverage;
  if (cov === undefined || units === undefined || role === undefined || !x.ownScopeFor?.includes(role)) return chosen;
  // (a sentence saying coverage was reached, …实现全覆盖, or the units too, 也均聘请, claims the whole)
  const unitsOnly = (quote: string, sentence: string) =>
    units.some((u) => quote.includes(u)) &&
    !withUnits(units).test(quote) &&
    !holdsAny(sentence, cov.words ?? []) &&
    !ALSO.test(sentence);
  // (within the judging reach: a text with no sentence ends is one sentence)
  const sentenceOf = (at: number) => index.text.slice(...sentenceReach(index, at));
  const kept = chosen.filter(
    (r) => r.m.value !== cov.full || !unitsOnly(r.m.evidence.quote, sentenceOf(r.m.valueOffset)),
  );
  // (the units' claim alone stays: no statement of the reporter's own is left to read)
  return kept.length > 0 ? kept : chosen;
}
/** The body named together with its units (局机关及所属…, 局机关及3个中队…): one pattern per units list. */
function withUnits(units: readonly string[]): RegExp {
  let re = withUnitsCache.get(units);
  if (re === undefined) {
    re = new RegExp(`[及和与][^，,。；]{0,8}(?:${units.join('|')})`, 'u');
    withUnitsCache.set(units, re);
  }
  return re;
}
const withUnitsCache = new WeakMap<readonly string[], RegExp>();

/** The units too (局属3个二级单位也均聘请了法律顾问): the body's own and theirs. */
const ALSO = /也均|也都|均也/u;

/**
 * A coverage fact's statements read against each other: a part's denial is partial; one kind's, beside another kind
 * stated, drops; the units' full coverage told apart from the reporter's own drops.
 */
export const deniedAmongStated = (
  index: TextIndex,
  x: FactExtractor,
  chosen: Ranked[],
  role: ReportRole | undefined,
): Ranked[] => unitsFullApart(index, x, kindDeniedBesideOther(x, partDeniedAsPartial(index, x, chosen)), role);
