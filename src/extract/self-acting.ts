import type { ClaimWords } from './claim-words.js';
import { pastItemMark } from './item-mark.js';
import { pastBlanks } from './line-spans.js';
import { LEVEL_FIRST } from './scope-names.js';

/*
 * A span opening with a short subject and a word saying it acted by itself (vocabulary selfActing: …；街道自行组织执法
 * 培训2场次; …；本分局自行组织执法培训3场次): the reporter's own act, set against another body's told before it in the
 * sentence, when the reporter is the subject: none named, one naming it 本 or 我, or one its name holds (街道); units
 * under it or others acting by themselves (社区自行组织…, 辖区定点医院自行开展…) are not.
 */

/** How long the subject before the self-acting word may be. */
const SUBJECT_REACH = 8;

/**
 * The subject of a span at `start` that opens with at most a short subject (no scope word in it) and a self-acting
 * word: '' when the word opens it, undefined when the span opens otherwise.
 */
export function selfActingSubject(w: ClaimWords, text: string, start: number): string | undefined {
  if (w.selfActing.size === 0) return undefined;
  const p = pastItemMark(text, pastBlanks(text, start));
  const end = Math.min(text.length, p + SUBJECT_REACH + 1);
  for (let i = p; i < end; i++) {
    const c = text.charCodeAt(i);
    // (a subject is words only: a mark or a figure ends the look)
    if (c < 0x4e00 || c > 0x9fff) return undefined;
    if (w.selfActing.at(text, i) !== undefined) return text.slice(p, i);
    // a scope word or a body's name in the subject (县司法局自行…) decides as such
    if (w.scopeWords.at(text, i) !== undefined) return undefined;
  }
  return undefined;
}

/**
 * Whether one of the spans at `starts` opens with a subject acting by itself that is the reporter: none named, one
 * opening with 本 or 我 (本分局自行…), or one the reporter's name holds (街道 in 清江区枫林街道办事处's). Units under it or
 * others acting by themselves (社区自行组织…, 镇综合行政执法队单独组织…) are judged as any subject is.
 */
export function actsAsReporter(w: ClaimWords, text: string, starts: number[], authority: string | undefined): boolean {
  for (const start of starts) {
    const actor = selfActingSubject(w, text, start);
    if (actor === undefined) continue;
    const bare = actor.replace(OWN_PRONOUN, '');
    if (bare.length < actor.length || actor === '') return true;
    return authority !== undefined && bare.length >= 2 && !LEVEL_FIRST.test(bare) && authority.includes(bare);
  }
  return false;
}

const OWN_PRONOUN = /^[本我]/u;

/**
 * Whether one of the spans at `starts` opens with the reporter's kind alone as its subject and an activity verb (县司法局在
 * 我镇开展讲座2场；镇组织普法宣传活动16场次 in a 镇's report; …；局组织执法培训3场次 in a 局's): the reporter speaking of itself by
 * its kind, as 本镇 does — a new subject, not the sentence's other body going on (the kinds: vocabulary `selfKinds`).
 */
export function kindActsAsReporter(
  w: ClaimWords,
  text: string,
  starts: number[],
  authority: string | undefined,
): boolean {
  if (authority === undefined || w.selfKinds.size === 0) return false;
  for (const start of starts) {
    const p = pastItemMark(text, pastBlanks(text, start));
    const kind = w.selfKinds.at(text, p);
    if (kind !== undefined && authority.includes(kind) && actsAfter(w, text, p + kind.length)) return true;
  }
  return false;
}

/**
 * Whether an activity verb follows at `p`, or after the reporter's own organ a kind names (镇调委会全年受理纠纷35件: up
 * to four characters ending in a subject noun, 会, 中心, then a this-year word at most and a verb of the vocabulary's).
 */
function actsAfter(w: ClaimWords, text: string, p: number): boolean {
  if (w.activityVerbs.at(text, p) !== undefined) return true;
  for (let q = p + 1; q <= p + ORGAN_REACH; q++) {
    const noun = w.subjectNouns.endingAt(text, q);
    // (a noun alone right after the kind names its units, 街道社区, 镇村: no organ of its own)
    if (noun === undefined || q - noun.length <= p) continue;
    const v = q + (w.thisYear.at(text, q)?.length ?? 0);
    if (w.activityVerbs.at(text, v) !== undefined || w.handling.at(text, v) !== undefined) return true;
  }
  return false;
}
const ORGAN_REACH = 4;
