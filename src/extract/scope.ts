import { clauseStartBefore, pastBlanks } from './line-spans.js';
import { endsWithAny } from './authority.js';
import { bodyOpening } from './body-opening.js';
import { countedGovernments, governmentWithDepartments } from './government-scopes.js';
import type { ClaimWords } from './claim-words.js';
import { isClauseEnd, isSentenceEnd } from './text-index.js';
import { inclusionOpening, regionSum } from './region-units.js';
import { namesSelf, type SelfName } from './self-name.js';
import { actsAsReporter, kindActsAsReporter } from './self-acting.js';
import { ownOpeningSpeaks, ownSubjectCarried } from './carried-subject.js';
import { subjectStart } from './span-openings.js';
import { levelledMeeting, meetingActs } from './meeting-scopes.js';
import { type Hit, namesParty } from './scope-parties.js';
import {
  BODY,
  BODY_SEP,
  CITY,
  LEVEL_FIRST,
  OTHER,
  OWN,
  PROVINCE,
  REACHED,
  REGION,
  RESPONDENT_ROLE,
  UNSPECIFIED,
} from './scope-names.js';

/** How far back in the sentence a scope word still names whose figure it is (全县共受理…，审结28件). */
const SENTENCE_REACH = 40;
/** A scope word further back than this in one long unpunctuated clause is not looked for. */
const CLAUSE_REACH = 80;
/** How far back a scope word is looked for at most: what a sentence start needs to be known for. */
export const SCOPE_REACH = CLAUSE_REACH;
/** An earlier clause's scope word carries on only as the sentence's subject, near its start (2024年，全县共受理…). */
const SUBJECT_REACH = 12;

/**
 * Whose figure the words before `at` give: the nearest scope word in its clause, else the
 * sentence's subject (a scope word near the start of the sentence or of one of the clauses its
 * semicolons join, within reach), else unspecified.
 * A scope word that is the object of a handling verb in its clause (受理区政府行政复议案件)
 * names a party, not whose figure it is; so does one inside an earlier clause's object
 * (对县政府规范性文件开展合法性审核，…审查率100%).
 */
export function scopeAt(
  w: ClaimWords,
  text: string,
  clauseStart: number,
  semicolonStart: number,
  sentenceStart: number,
  at: number,
  self?: SelfName,
  authority?: string,
): string {
  const byWords = scopeByWords(w, text, clauseStart, sentenceStart, at, self, semicolonStart);
  // a body's name opening the claim's clause, the semicolon's clause holding it or the sentence is the subject
  // (县司法局…在我镇开展…12场: 我镇 is where; …；区司法局对全区街道开展评查，共评查案卷180卷; …，县司法局在我镇举办…3场),
  // unless a nearer opening has a subject of its own (…；本镇组织…8场); the scope its words give is kept for when
  // the body does not decide (relativeScope)
  let opened = clauseStart;
  let body = subjectAt(w, text, opened);
  // a clause opening with a verb has no subject of its own: it goes on with the clause before it in its sentence (…，县综合
  // 行政执法局驻镇中队开展执法培训2场，参训54人次), the nearest earlier one opening with a subject, not only the sentence's
  for (let c = 0, p = clauseStart; body === undefined && c < EARLIER_CLAUSES && p > semicolonStart; c++) {
    if (!opensWithVerb(w, text, p)) break;
    p = clauseStartBefore(text, p - 1, semicolonStart);
    body = subjectAt(w, text, (opened = p));
  }
  const near = body !== undefined;
  // a short subject acting by itself (…；街道自行组织执法培训2场次): the reporter, when none or its name (self-acting.ts)
  if (body === undefined && actsAsReporter(w, text, [opened, semicolonStart], authority)) return OWN;
  const carried = body === undefined && ownSubjectCarried(w, text, semicolonStart, sentenceStart);
  if (carried && scopeByWords(w, text, clauseStart, semicolonStart, at, self) === UNSPECIFIED) return OWN;
  if (body === undefined) body = subjectAt(w, text, (opened = semicolonStart));
  if (body === undefined) body = subjectAt(w, text, (opened = sentenceStart));
  // another body's subject or a scope word earlier in the sentence gives way to the reporter's kind alone opening the
  // claim's span (县司法局在我镇开展讲座2场；镇组织普法宣传活动16场次; 全县开展普法活动1,260场次；街道开展…46场次), when no
  // scope word there says otherwise
  if (
    !near &&
    body !== undefined &&
    kindActsAsReporter(w, text, [clauseStart, semicolonStart], authority) &&
    scopeByWords(w, text, clauseStart, semicolonStart, at, self) === UNSPECIFIED
  )
    return OWN;
  // the reporter's own word opening the span, however far back (局党组书记、局长…，主持…，并在年终述职中专门述法): its subject
  if (body === OWN_SUBJECT && byWords === UNSPECIFIED && ownOpeningSpeaks(w, text, subjectStart(text, opened), at))
    return OWN;
  if (body === undefined || body === OWN_SUBJECT) return byWords;
  // a court opening the claim's clause (县人民法院受理…58件) counts its own cases; one opening an earlier clause, or a
  // clause naming whose the figure is (…，其中以本局为被告的6件), does not decide
  if (endsWithAny(body, w.caseBodies)) return near && byWords === UNSPECIFIED ? OTHER : byWords;
  // the body's span speaks for itself: scope words before it (本局…2件；县行政复议局…141件) are another span's
  const own = opened > sentenceStart ? scopeByWords(w, text, clauseStart, opened, at, self) : byWords;
  // with no scope word near the claim, the one the body's own clause names is what the span speaks of
  // (区司法局统筹全区14个街道…述法，…，实现了述法全覆盖)
  const words = own === UNSPECIFIED ? bodyClauseScope(w, text, opened + body.length - BODY.length) : own;
  return `${body}${BODY_SEP}${words}`;
}

/**
 * Whether the clause at `start` opens with a verb of the vocabulary's (activityVerbs 开展, attending 参训, handling 评查):
 * it names no subject. A clause opening with anything else (镇司法所组织…) may name its own, which is not always read.
 */
function opensWithVerb(w: ClaimWords, text: string, start: number): boolean {
  let p = pastBlanks(text, start);
  // (after an actual word: …，我局组织…开展交叉评查，实际评查案卷312卷 goes on with 我局)
  p += w.actual.at(text, p)?.length ?? 0;
  return (
    w.activityVerbs.at(text, p) !== undefined ||
    w.attending.at(text, p) !== undefined ||
    w.handling.at(text, p) !== undefined
  );
}

/** How many clauses back a subjectless clause's subject is looked for in its sentence. */
const EARLIER_CLAUSES = 3;

/** The scope of the first scope word in the clause after a body's name, not taken as a handling verb's object. */
function bodyClauseScope(w: ClaimWords, text: string, from: number): string {
  const end = Math.min(text.length, from + CLAUSE_REACH);
  for (let i = from; i < end && !isClauseEnd(text.charCodeAt(i)); i++) {
    const word = w.scopeWords.at(text, i);
    if (word === undefined) continue;
    if (w.handling.last(text, Math.max(from, i - HANDLING_REACH), i)) return UNSPECIFIED;
    return w.scopeOf.get(word) ?? UNSPECIFIED;
  }
  return UNSPECIFIED;
}

/** Stands for a scope word opening a span: the span has a subject of its own, and no body decides. */
const OWN_SUBJECT = '';

/** The body whose name opens the span at `start`, OWN_SUBJECT when a scope word does, else undefined. */
function subjectAt(w: ClaimWords, text: string, start: number): string | undefined {
  start = subjectStart(text, start);
  return bodyOpening(w, text, start) ?? (w.scopeWords.at(text, start) !== undefined ? OWN_SUBJECT : undefined);
}

/**
 * Whether `handled` is an activity verb (组织) right before the reporter's own scope word `hit` (组织本局执法人员…), its
 * people not sent to attend another's before the claim at `at` (组织全局党员干部参加…讲座2次).
 */
function ownHeldFor(w: ClaimWords, text: string, handled: Hit, hit: Hit, at: number): boolean {
  return (
    w.scopeOf.get(hit.word) === OWN &&
    handled.at + handled.word.length === hit.at &&
    w.activityVerbs.at(text, handled.at) === handled.word &&
    !w.attending.anyWithin(text, hit.at, at)
  );
}

/** The scope a scope word that decides gives: its own, or the region, city or tier its words around it read. */
function wordScope(w: ClaimWords, text: string, hit: Hit, from: number, at: number): string {
  return (
    reachedRegion(w, text, hit, from, at) ??
    cityOf(w, text, hit.at, from) ??
    regionSum(w, text, hit, from, at) ??
    governmentWithDepartments(w, text, hit, from) ??
    levelledMeeting(w, text, hit) ??
    countedGovernments(w, text, hit) ??
    w.scopeOf.get(hit.word) ??
    UNSPECIFIED
  );
}

/** The scope the scope words give (see scopeAt). */
function scopeByWords(
  w: ClaimWords,
  text: string,
  clauseStart: number,
  sentenceStart: number,
  at: number,
  self: SelfName | undefined,
  semicolonStart = sentenceStart,
): string {
  if (w.scopeWords.size === 0) return UNSPECIFIED;
  const from = Math.max(sentenceStart, clauseStart - SENTENCE_REACH, at - CLAUSE_REACH);
  let to = at;
  while (to > from) {
    const hit = w.scopeWords.last(text, from, to);
    if (!hit) break;
    // an earlier clause's scope word speaks for the sentence when it opens it, or when its units act through their
    // heads (组织各部门主要负责人开展年终述法，实现述法全覆盖)
    if (
      hit.at < clauseStart &&
      ((!opensSentence(w, text, hit.at, sentenceStart) && !namedRespondent(w, text, hit, semicolonStart)) ||
        attendedBefore(w, text, sentenceStart, semicolonStart, hit.at) ||
        (hit.at < semicolonStart && heldByActivity(w, text, hit))) &&
      !pivotedBefore(w, text, hit, from, at)
    ) {
      to = hit.at;
      continue;
    }
    if (namesParty(w, text, hit, from, at)) {
      to = hit.at;
      continue;
    }
    const cs = hit.at >= clauseStart ? clauseStart : clauseStartBefore(text, hit.at, from);
    // 全县（含各乡镇和县直部门）: what a scope takes in names no scope of its own
    const inclusion = inclusionOpening(text, hit.at, from);
    if (inclusion >= 0) {
      to = inclusion;
      continue;
    }
    if (self !== undefined && namesSelf(self, text, hit.at, hit.word)) return OWN;
    const handled =
      hit.at >= clauseStart && meetingActs(w, text, hit, at)
        ? undefined
        : w.handling.last(text, Math.max(cs, hit.at - HANDLING_REACH), hit.at);
    // the reporter's own people an activity verb takes as object in the claim's clause (…；组织本局执法人员…培训2期): its act
    if (handled && hit.at >= clauseStart && ownHeldFor(w, text, handled, hit, at)) return OWN;
    if ((!handled || pivoted(w, text, handled, hit, at)) && !partnerNamed(w, text, cs, hit.at))
      return wordScope(w, text, hit, from, at);
    to = hit.at;
  }
  return UNSPECIFIED;
}

/**
 * REACHED for a region word an activity verb holds right before it, with no verb of its own nor a head acting through
 * it before the claim (开展全县农业综合行政执法人员培训2场次; 举办全县…培训班1期): the region the reporter's activity
 * reached — not 组织全县各部门开展…, where the units act, nor 组织全县…主要负责人述法.
 */
function reachedRegion(w: ClaimWords, text: string, hit: Hit, from: number, at: number): string | undefined {
  // (a subject named before it — 县里举办全县…培训班2期 — is whose the activity was)
  if (!heldByActivity(w, text, hit) || w.scopeWords.last(text, from, hit.at) !== undefined) return undefined;
  const end = hit.at + hit.word.length;
  if (w.activityVerbs.last(text, end, at) !== undefined || w.pivotHeads.last(text, end, at) !== undefined)
    return undefined;
  return REACHED;
}

/**
 * Whether the reporter's scope word names the respondent of the cases its clause counts (全县行政复议案件64件，其中以本局
 * 为被申请人的3件，被确认违法1件): the clauses after it in the semicolon's span go on about those cases.
 */
function namedRespondent(w: ClaimWords, text: string, hit: Hit, semicolonStart: number): boolean {
  if (hit.at <= semicolonStart || text[hit.at - 1] !== RESPONDENT_OPENER || w.scopeOf.get(hit.word) !== OWN)
    return false;
  return RESPONDENT_AFTER.test(text.slice(hit.at + hit.word.length, hit.at + hit.word.length + RESPONDENT_REACH));
}
const RESPONDENT_OPENER = '以';
const RESPONDENT_AFTER = new RegExp(`^为${RESPONDENT_ROLE}`, 'u');
const RESPONDENT_REACH = 6;

/**
 * Whether a region word is the reach of the activity verb right before it (举办全县教师法治培训8场；开展…): it speaks for that
 * activity — the clauses going on with it (…，参训420人次) — not for another told after a semicolon.
 */
function heldByActivity(w: ClaimWords, text: string, hit: Hit): boolean {
  return w.scopeOf.get(hit.word) === REGION && w.activityVerbs.endingAt(text, hit.at) !== undefined;
}

/** pivoted, for a scope word whose handling verb is looked for right before it (from `from` on). */
function pivotedBefore(w: ClaimWords, text: string, hit: Hit, from: number, at: number): boolean {
  const handled = w.handling.last(text, Math.max(from, hit.at - HANDLING_REACH), hit.at);
  return handled !== undefined && pivoted(w, text, handled, hit, at);
}

/**
 * Whether a handling verb before a scope word (within the handling reach) has the units it names act through their
 * heads, named in or after it before the claim (组织各部门主要负责人开展述法): those units are whose statement it is.
 */
function pivoted(w: ClaimWords, text: string, handled: Hit, hit: Hit, at: number): boolean {
  if (w.pivotVerbs.at(text, handled.at) !== handled.word) return false;
  return w.pivotHeads.last(text, hit.at, at) !== undefined;
}

/**
 * Whether the scope word at `at` names a partner the clause's subject works with (局机关联合县医调委开展…: a partner
 * word right before it, or before its level, a scope word before that): the partner is not whose figure it is.
 */
function partnerNamed(w: ClaimWords, text: string, cs: number, at: number): boolean {
  const end = LEVEL_FIRST.test(text.charAt(at - 1)) ? at - 1 : at;
  const partner = w.partners.last(text, Math.max(cs, end - PARTNER_REACH), end);
  if (partner === undefined || partner.at + partner.word.length !== end) return false;
  // beside a subject the clause names before it (局机关联合县医调委…), or with none after a joint word (会同县委政法委开展…);
  // with none after an assisting word (配合区政府作出…), the partner is the one acting
  return w.scopeWords.last(text, cs, partner.at) !== undefined || w.assisting.at(text, partner.at) === undefined;
}

/** The longest partner word (联合, 会同, 协同): looked for this far back. */
const PARTNER_REACH = 2;

/**
 * Whether a scope word at `at` stands near the start of its sentence or of a semicolon's clause
 * (…；全区38个部门…), where the subject of what follows stands.
 */
function opensSentence(w: ClaimWords, text: string, at: number, sentenceStart: number): boolean {
  if (at - sentenceStart <= SUBJECT_REACH) return true;
  for (let i = at - 1; i >= at - SUBJECT_REACH; i--) if (isSentenceEnd(text.charCodeAt(i))) return true;
  return afterAdverbials(w, text, at, sentenceStart);
}

/**
 * Whether a scope word at `at` in an earlier semicolon's clause than the claim's follows a verb of attending (各派出所
 * 参加全区…集中宣传活动6场；分局及各派出所自行组织…57场): it names whose event that clause's subject attended, and says
 * nothing of the later clause's.
 */
function attendedBefore(
  w: ClaimWords,
  text: string,
  sentenceStart: number,
  semicolonStart: number,
  at: number,
): boolean {
  return at < semicolonStart && w.attending.last(text, sentenceStart, at) !== undefined;
}

/**
 * Whether the scope word at `at` opens a clause that only adverbial clauses come before in its
 * sentence — each opening with a handling word (在县委、县政府的坚强领导下，全县…): the subject then.
 */
function afterAdverbials(w: ClaimWords, text: string, at: number, sentenceStart: number): boolean {
  if (!CLAUSE_COMMAS.includes(text[at - 1] ?? '')) return false;
  let start = sentenceStart;
  while (start < at) {
    if (w.handling.at(text, start) === undefined) return false;
    let end = start;
    while (end < at && !CLAUSE_COMMAS.includes(text[end]!)) end++;
    start = end + 1;
  }
  return true;
}

const CLAUSE_COMMAS = '，,';

/** The city's scope when a city word stands right before the scope word at `at` (全市行政复议机构), else undefined. */
function cityOf(w: ClaimWords, text: string, at: number, from: number): string | undefined {
  const before = w.scopeWords.last(text, Math.max(from, at - CITY_WORD_REACH), at);
  if (!before || before.at + before.word.length !== at) return undefined;
  const scope = w.scopeOf.get(before.word);
  return scope === CITY || scope === PROVINCE ? scope : undefined;
}

const CITY_WORD_REACH = 4;

/** How far before a scope word a handling verb still takes it as its object. */
const HANDLING_REACH = 6;
