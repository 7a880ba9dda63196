import type { Evidence } from '../model/common.js';
import type { FactValue, ReportData, ReportRole } from '../model/report.js';
import { restFollows, sameSentence } from './breakdowns.js';
import { partsTotal } from './list-totals.js';
import { recapTotal, summedAfterParts } from './stated-totals.js';
import { keptFigure } from './kept-figure.js';
import type { FactMatch } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { withNote, withScope } from './evidence-shapes.js';
import { addedStatements } from './added-statements.js';
import { ADDITION_NOTE, moreOfTheSame } from './more-statements.js';
import { isItemHeading } from './item-lead.js';
import { insertionSort } from './insertion-sort.js';
import { relativeScope } from './role-scope.js';
import { UNSPECIFIED } from './scope-names.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';
import { unitTierStatements } from './unit-tiers.js';
import { regionTierStatements } from './region-tiers.js';

/*
 * From the statements a fact's reading kept to the fact's value and its evidence: the first value of the best rank for
 * an enum or boolean; for a figure the best scope's, summed where the fact sums or a township's tiers stand apart, the
 * written total after its parts, the exact figure a rounded one stands for; other values as conflicts. Then a coverage
 * fact and its stated rate are made to agree.
 */

/** What the text says of the pack's facts: values and their evidence, conflicting figures, facts not stated. */
export interface FactFindings {
  facts: Record<string, FactValue>;
  evidence: Record<string, Evidence | Evidence[]>;
  conflicts: NonNullable<ReportData['conflicts']>;
  unstated: NonNullable<ReportData['unstated']>;
}

/**
 * enum/boolean: the first value the pack lists that the results state, at its first statement.
 * An item heading (“一是落实普法责任制。”) names a topic; quote a statement of the same value when there is one.
 */
export function recordListedValue(
  found: FactFindings,
  id: string,
  chosen: Ranked[],
  index: TextIndex,
  role: ReportRole | undefined,
): void {
  const ranked: FactMatch[] = [];
  for (let k = 0; k < chosen.length; k++) ranked.push(chosen[k]!.m);
  insertionSort(ranked, rankedAfter);
  // the first of the best rank that is no item heading, else the first
  let best = ranked[0]!;
  for (let k = 0; k < ranked.length && ranked[k]!.rank === best.rank; k++) {
    if (isItemHeading(index, ranked[k]!.at)) continue;
    best = ranked[k]!;
    break;
  }
  found.facts[id] = best.value;
  found.evidence[id] = scoped(best, role);
}

/** Whether value statement a comes after b: by rank, then place. */
function rankedAfter(a: FactMatch, b: FactMatch): boolean {
  const ra = a.rank ?? 0;
  const rb = b.rank ?? 0;
  return ra > rb || (ra === rb && a.at > b.at);
}

/** An `aggregate: sum` fact: the sum of the best scope's figures in the first one's statement. */
function recordSummed(
  found: FactFindings,
  x: FactExtractor,
  chosen: Ranked[],
  index: TextIndex,
  role: ReportRole | undefined,
  words: ClaimWords,
  bestRank: number,
  first: FactMatch,
): void {
  // loops, not filter/map/reduce: the arrays those made in the optimised code had other maps than the calls
  // on them had seen, and V8 dropped recordFigure's code at the first sum and compiled it again
  const group = sameSentence(index, chosen, bestRank, first, words, x.repeatedVerbs.length > 0);
  // the kinds told, then their total in the sentence (撤销12件、变更3件…方式纠错，合计纠错23件): the total, not the sum of both
  const total = summedAfterParts(index, group, words.actual);
  if (total) {
    recordSum(found, x.id, [total], role);
    return;
  }
  // the next sentence summing up the kinds told (…。以上合计纠错12件): its total, the kinds read or not
  const recap = recapTotal(index, chosen, group[group.length - 1]!);
  if (recap) {
    recordSum(found, x.id, [recap], role);
    return;
  }
  // 局长出庭2件，其余3件由副局长出庭: the parts read are not all of them
  if (restFollows(index, words, group, x.def.cues ?? [])) {
    found.unstated.push({ fact: x.id, lookedFor: x.lookedFor });
    return;
  }
  const added = x.anyScope ? [] : addedStatements(index, words, chosen, bestRank, group[group.length - 1]!);
  recordSum(
    found,
    x.id,
    added.length > 0 ? [...group, ...added] : group,
    role,
    added.length > 0 ? ADDITION_NOTE : undefined,
  );
}

/** A township's own figure and its villages' or communities' stated apart (facts.yaml unitTiers), if they are. */
function townshipTiers(
  x: FactExtractor,
  chosen: Ranked[],
  first: FactMatch,
  index: TextIndex,
  role: ReportRole | undefined,
  words: ClaimWords,
): FactMatch[] | undefined {
  if (!x.def.unitTiers || role !== 'township') return undefined;
  return unitTierStatements(index, chosen, first, x.def.unitTiers, words.breakdown);
}

/**
 * A figure: the first of the most preferred scope, or with `aggregate: sum` the sum of that
 * scope's figures in its sentence. Other values are conflicts; one of the same scope is noted.
 */
export function recordFigure(
  found: FactFindings,
  x: FactExtractor,
  chosen: Ranked[],
  index: TextIndex,
  role: ReportRole | undefined,
  words: ClaimWords,
): void {
  const { bestRank, exact, told, corrected, recap, first } = keptFigure(x, chosen, index, words);
  if (x.aggregate === 'sum' && typeof first.value === 'number') {
    recordSummed(found, x, chosen, index, role, words, bestRank, first);
    return;
  }
  const total = x.type === 'count' ? partsTotal(x, index, first, words) : undefined;
  // 新收…143件，加上年结转9件，共152件: for a fact counting what came in, a total taking in what was carried over is not
  // the year's
  if (
    total &&
    !(x.def.intake && words.carriedOver.last(index.text, first.valueOffset, total.at) !== undefined) &&
    !(total.partsSum !== total.value && anotherScopesTotal(index, words, first, total.at))
  ) {
    found.facts[x.id] = total.value;
    found.evidence[x.id] = index.evidence(total.at, total.end, false, TOTAL_NOTE);
    return;
  }
  // a township's own figure and its villages' or communities' beside it: the two tiers added
  const tiers = townshipTiers(x, chosen, first, index, role, words);
  if (tiers) {
    recordSum(found, x.id, tiers, role, TIERS_NOTE);
    return;
  }
  const more = moreOfTheSame(x, chosen, index, words, bestRank, first);
  if (more) {
    recordSum(found, x.id, [first, ...more[0]], role, more[1]);
    return;
  }
  found.facts[x.id] = first.value;
  const ev = scoped(first, role);
  if (corrected) ev.note = appendNote(ev.note, `更正后的数值（原载 ${told.value}，第${told.evidence.line}行）`);
  found.evidence[x.id] = ev;
  // one statement (most figures) has no other value: no set made for it
  if (chosen.length > 1)
    noteOthers(
      found,
      x.id,
      chosen,
      first,
      ev,
      role,
      corrected ? 'corrected' : recap ? 'recap' : exact ? 'exact' : 'first',
    );
}

/**
 * Whether the total's clause names, before it, a scope other than the kept figure's (我局作为被告的行政诉讼案件4件，其中1件
 * 败诉，全县行政诉讼案件共39件): where the figures before it do not add up to it, the region's total beside the reporter's
 * own figure, no sum of its parts (本级9件，各县31件，全州合计40件 adds up: the parts' total).
 */
function anotherScopesTotal(index: TextIndex, words: ClaimWords, first: FactMatch, at: number): boolean {
  const said = words.scopeWords.last(index.text, index.clause(at)[0], at);
  return said !== undefined && words.scopeOf.get(said.word) !== first.scope;
}

/** The other values than the kept one: conflicts, and a note on the kept evidence for those of its rank. */
function noteOthers(
  found: FactFindings,
  id: string,
  chosen: Ranked[],
  first: FactMatch,
  ev: Evidence,
  role: ReportRole | undefined,
  kept: 'corrected' | 'recap' | 'exact' | 'first',
): void {
  let bestRank = chosen[0]!.rank;
  for (let k = 1; k < chosen.length; k++) if (chosen[k]!.rank < bestRank) bestRank = chosen[k]!.rank;
  const reported = new Set<FactValue>([first.value]);
  for (let k = 0; k < chosen.length; k++) {
    const { m, rank } = chosen[k]!;
    if (reported.has(m.value)) continue;
    reported.add(m.value);
    found.conflicts.push({ fact: id, kept: first.value, other: m.value, evidence: scoped(m, role) });
    if (rank === bestRank && kept !== 'corrected')
      ev.note = appendNote(
        ev.note,
        kept === 'exact'
          ? `同一范围另有约数 ${m.value}（第${m.evidence.line}行），取确数`
          : kept === 'recap'
            ? `同一范围另有分项数值 ${m.value}（第${m.evidence.line}行），取其后总述之数`
            : `同一范围另有数值 ${m.value}（第${m.evidence.line}行），取第一个`,
      );
  }
}

/** A government's own figure and its departments' (government-tiers.ts), added as its region's. */
export function recordGovernmentTiers(
  found: FactFindings,
  id: string,
  tiers: FactMatch[],
  role: ReportRole | undefined,
): void {
  recordSum(found, id, tiers, role, GOVERNMENT_TIERS_NOTE);
}

/** The sum of statements' figures, each quoted (with `note` when more than one); one statement's figure alone. */
function recordSum(
  found: FactFindings,
  id: string,
  group: FactMatch[],
  role: ReportRole | undefined,
  note?: string,
): void {
  let sum = 0;
  for (let k = 0; k < group.length; k++) sum += group[k]!.value as number;
  found.facts[id] = sum;
  if (group.length === 1) {
    found.evidence[id] = scoped(group[0]!, role);
    return;
  }
  const all: Evidence[] = [];
  for (let k = 0; k < group.length; k++)
    all.push(note ? withNote(scoped(group[k]!, role), note) : scoped(group[k]!, role));
  found.evidence[id] = all;
}

const TOTAL_NOTE = '分项之后载明的合计';
export const TIERS_NOTE = '本级与所辖村（社区）分别载明，相加';
const GOVERNMENT_TIERS_NOTE = '政府本级与各部门分别载明，相加为本地区数';

/** A statement's evidence with its scope as the reporter's role reads it (none when unspecified). */
function scoped(m: FactMatch, role: ReportRole | undefined): Evidence {
  const scope = relativeScope(role, m.scope);
  return withScope(m.evidence, scope === UNSPECIFIED ? undefined : scope);
}

const appendNote = (note: string | undefined, more: string) => (note ? `${note}; ${more}` : more);

/**
 * A coverage fact and its stated rate agree: a rate under 100% makes a full or merely held
 * claim partial, a rate of 100% makes a held claim full; a rate alone states the coverage.
 */
export function applyCoverageRates(
  index: TextIndex,
  extractors: FactExtractor[],
  facts: Record<string, FactValue>,
  evidence: Record<string, Evidence | Evidence[]>,
): void {
  for (let k = 0; k < extractors.length; k++) {
    const x = extractors[k]!;
    const cov = x.coverage;
    if (!cov?.rate) continue;
    const rate = facts[cov.rate];
    if (typeof rate !== 'number') continue;
    const current = facts[x.id];
    const fromRate = rate >= 100 ? cov.full : cov.partial;
    // values the pack lists after full (held) say less than a rate; those before it (none, partial) were
    // stated outright
    const order = (x.valueCues ?? []).map(([value]) => value);
    const weaker = current === undefined || order.indexOf(String(current)) > order.indexOf(cov.full);
    const rateEvidence = evidence[cov.rate];
    const ev = Array.isArray(rateEvidence) ? rateEvidence[0]! : rateEvidence!;
    // a partial word in the very sentence that states all covered (…，其余采取书面方式，述法覆盖率达100%) speaks of
    // something else than the coverage
    const partialBeside = current === cov.partial && fromRate === cov.full && oneSentence(index, ev, evidence[x.id]);
    if (current === fromRate || !(weaker || partialBeside || (current === cov.full && fromRate === cov.partial)))
      continue;
    facts[x.id] = fromRate;
    evidence[x.id] = withNote(ev, appendNote(ev.note, `由所报覆盖率 ${rate}% 得出`));
  }
}

/**
 * Whether two pieces of evidence start in one sentence of the text, and it states one rate only (a second, 乡镇述法覆盖率
 * 为90%, or the actual beside a target's 100%, leaves the partial word its own).
 */
function oneSentence(index: TextIndex, a: Evidence, b: Evidence | Evidence[] | undefined): boolean {
  const other = Array.isArray(b) ? b[0] : b;
  if (a.offset === undefined || other?.offset === undefined) return false;
  const [start, end] = index.sentence(a.offset);
  if (index.sentence(other.offset)[0] !== start) return false;
  return (index.text.slice(start, end).match(PERCENT_SIGNS) ?? []).length === 1;
}
const PERCENT_SIGNS = /[%％]/gu;

/**
 * A region's committees told tier by tier, no total (区调委会受理62件；各街道调委会受理488件…): for a government or a
 * 司法局, their sum, with a next sentence adding more (另有…317件) — read from every statement of the fact, whatever its
 * scope ranks (the tiers are the region's parts); false when the statement is no such one.
 */
export function recordRegionTiers(
  found: FactFindings,
  x: FactExtractor,
  results: FactMatch[],
  chosen: Ranked[],
  index: TextIndex,
  role: ReportRole | undefined,
  words: ClaimWords,
): boolean {
  if (!x.def.regionTiers || (role !== 'government' && role !== 'judicial_bureau')) return false;
  let best = chosen[0]!;
  for (let k = 1; k < chosen.length; k++) if (chosen[k]!.rank < best.rank) best = chosen[k]!;
  const parts = regionTierStatements(index, words, results, best.m, x.def.regionTiers);
  if (parts === undefined) return false;
  // more told in the next sentence (另有…317件), whatever its scope ranks: the tiers are the region's parts
  const all: Ranked[] = [];
  for (let k = 0; k < results.length; k++) all.push({ m: results[k]!, rank: 0 });
  const more = addedStatements(index, words, all, 0, parts[parts.length - 1]!);
  recordSum(found, x.id, [...parts, ...more], role, REGION_TIERS_NOTE);
  return true;
}

const REGION_TIERS_NOTE = '各级调解组织分别载明，未载总数，相加';
