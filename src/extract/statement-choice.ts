import type { ReportRole } from '../model/report.js';
import type { FactMatch } from './claim-match.js';
import { isWeak } from './weak-statements.js';
import { additionWordAt, ownBeforeAddition } from './addition-scope.js';
import { pastBlanks } from './line-spans.js';
import type { FactExtractor } from './compile.js';
import { scopeRank } from './role-scope.js';
import { GOVERNMENT, OWN, REGION, UNSPECIFIED } from './scope-names.js';
import { breaksDown } from './breakdowns.js';
import type { ClaimWords } from './claim-words.js';
import type { TextIndex } from './text-index.js';

/*
 * Which of a fact's accepted statements can give its value: the reporter's role ranks a numeric fact's by scope, a
 * fact with `ownScopeFor` keeps the reporter's own, and weak cues give way to the fact's other cues.
 */

/** The fact types whose statements are figures. */
export const NUMERIC = new Set(['count', 'percent', 'number']);

/** A fact's accepted statement with its preference rank (scope.ts; 0 when scope does not rank). */
export type Ranked = { m: FactMatch; rank: number };

/** The statements that can give the fact's value, ranked. */
export function chosenStatements(
  index: TextIndex,
  x: FactExtractor,
  results: FactMatch[],
  role: ReportRole | undefined,
  words: ClaimWords,
): Ranked[] {
  if (x.type === 'count') ownBeforeAddition(index, words, results);
  const ranked =
    NUMERIC.has(x.type) && !x.anyScope
      ? preferredByRole(index, words, x, results, role)
      : unranked(ownOnly(x, results, role));
  return strongOnly(index, x, ranked, results, words, partiesOwn(x, role));
}

/**
 * Whether the reporter's count of the fact is the cases it is a party to: not for a fact whose region organ is the
 * government (`governmentOrgan`, 行政复议) in a 司法局's or a government's report, whose count is the region's intake.
 */
function partiesOwn(x: FactExtractor, role: ReportRole | undefined): boolean {
  return !(x.def.governmentOrgan === true && (role === 'judicial_bureau' || role === 'government'));
}

/**
 * Of the statements the reporter's role takes, those made with the fact's own cues when there are any: a weak
 * cue's (亲自出庭 for 负责人出庭; 收到 N beside 受理 M) count only where no other cue states the fact, nor the region's.
 * A statement is a weak cue's when its clause's words before the value hold one.
 */
function strongOnly(
  index: TextIndex,
  x: FactExtractor,
  chosen: Ranked[],
  results: FactMatch[],
  words: ClaimWords,
  parties: boolean,
): Ranked[] {
  if (x.weakCues.length === 0 || chosen.length === 0) return chosen;
  const strong: Ranked[] = [];
  // (the reporter's share in a 其中 clause naming it counts as a strong one: 全系统…380场次，其中局机关开展“法治进校园”巡讲
  // 24场次 — the share names the activity its own way, and is its count)
  // (and, beside a strong one, so does one told as more besides, its sentence opening with an addition word: …宣传活动
  // 11场次。此外，在县图书馆举办法治讲座4场次 — added to it, added-statements.ts)
  let strongOnes = 0;
  for (let k = 0; k < chosen.length; k++) {
    const m = chosen[k]!.m;
    const isStrong = !isWeak(index, x, m, parties) || ownShare(index, words, m);
    if (isStrong) strongOnes++;
    if (isStrong || toldBesides(index, words, m)) strong.push(chosen[k]!);
  }
  if (strongOnes > 0) return strong;
  // only weak statements are the reporter's: they stand unless a strong one states the fact for the region or its
  // units, which they are part of (本局送法进社区活动12场次；全区各单位开展普法宣传活动480场次: the 12 is a part); a share
  // of the region's in a 其中 clause naming the reporter (全县…1,980余场次，其中我镇开展“法律进村居”活动46场次) counted as
  // strong above
  for (let k = 0; k < results.length; k++) {
    const m = results[k]!;
    if ((m.scope === 'region' || m.scope === 'departments') && !isWeak(index, x, m, parties)) return [];
  }
  return chosen;
}

/** Whether a statement's sentence opens with an addition word (此外, 另外: vocabulary addition). */
function toldBesides(index: TextIndex, words: ClaimWords, m: FactMatch): boolean {
  const ss = pastBlanks(index.text, index.sentence(m.valueOffset)[0]);
  // (not what the reporter's people attended: 此外，我局还参与县法院…组织的…活动11场)
  return additionWordAt(words, index.text, ss) && words.attending.last(index.text, ss, m.valueOffset) === undefined;
}

/** Whether a statement is the reporter's own, in a 其中 clause: its share of a total. */
function ownShare(index: TextIndex, words: ClaimWords, m: FactMatch): boolean {
  return m.scope === OWN && breaksDown(index, words, m.valueOffset);
}

/** Statements whose scope does not rank them, all of rank 0. */
function unranked(results: FactMatch[]): Ranked[] {
  const out: Ranked[] = [];
  for (let k = 0; k < results.length; k++) out.push({ m: results[k]!, rank: 0 });
  return out;
}

/**
 * The figures the reporter's role lets a numeric fact take, with their preference rank (scope.ts); a 司法局 takes the
 * government's last for a fact whose region organ the government is (`governmentOrgan`: 县政府收到行政复议申请…).
 */
function preferredByRole(
  index: TextIndex,
  words: ClaimWords,
  x: FactExtractor,
  results: FactMatch[],
  role: ReportRole | undefined,
): Ranked[] {
  const out: Ranked[] = [];
  const organ = role === 'judicial_bureau' && x.def.governmentOrgan === true;
  // the region's leadership (县政府常务会议专题研究法治建设3次) speaks for the region a 司法局 reports on — not one of its
  // people attending it (局长参加县委常委会会议…): regionLeadership facts
  const leadership = role === 'judicial_bureau' && x.def.regionLeadership === true;
  const selfLeading = role === 'government' && x.def.regionLeadership === true;
  // a government's unscoped count of what every organ does (行政机关负责人出庭应诉118件) is its region's before its own
  // head's (县长出庭应诉1件), which is a part of it
  const everyOrgan = role === 'government' && x.def.governmentTiers === true;
  for (let k = 0; k < results.length; k++) {
    const m = results[k]!;
    let rank = scopeRank(role, m.scope) ?? (organ && m.scope === GOVERNMENT ? ORGAN_RANK : undefined);
    // (the 司法局's own cases are those brought against it, 我局未发生行政复议案件: after the government's, its organ's)
    if (organ && m.scope === OWN) rank = OWN_AFTER_ORGAN_RANK;
    if (everyOrgan && m.scope === UNSPECIFIED) rank = UNSCOPED_EVERY_ORGAN_RANK;
    if (leadership && m.scope === GOVERNMENT && !attended(index, words, m)) rank = scopeRank(role, REGION);
    // a government is its region's leadership: its own bodies' figure (县政府常务会议…4次) before the region's
    // (县委全面依法治县委员会召开全体会议2次)
    if (selfLeading && m.scope === REGION) rank = LEADERSHIP_REGION_RANK;
    if (rank !== undefined) out.push({ m, rank });
  }
  return out;
}

/** Whether the words of the figure's clause before it say someone attended (参加县委常委会会议…2次). */
function attended(index: TextIndex, words: ClaimWords, m: FactMatch): boolean {
  return words.attending.anyWithin(index.text, index.clause(m.valueOffset)[0], m.valueOffset);
}

/** After the government's own (1), before any other scope a government takes. */
const LEADERSHIP_REGION_RANK = 1.5;

/** Between the region's rank (0) and the government's own (1). */
const UNSCOPED_EVERY_ORGAN_RANK = 0.5;

/** After every scope a role prefers. */
const ORGAN_RANK = 99;
/** A 司法局's own figure of a fact its government's organ counts: after the government's. */
const OWN_AFTER_ORGAN_RANK = 100;

/**
 * For the roles a fact names (ownScopeFor), the statements of the reporter's own scope or none: a department's
 * legal-adviser coverage is its own, not the county's (全县64个部门中有58个已聘请法律顾问).
 */
function ownOnly(x: FactExtractor, results: FactMatch[], role: ReportRole | undefined): FactMatch[] {
  if (!x.ownScopeFor || role === undefined || !x.ownScopeFor.includes(role)) return results;
  const out: FactMatch[] = [];
  for (let k = 0; k < results.length; k++) {
    const scope = results[k]!.scope;
    if (scope === 'own' || scope === UNSPECIFIED) out.push(results[k]!);
  }
  return out;
}
