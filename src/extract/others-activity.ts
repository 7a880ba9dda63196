import { scopeOfClause, type ClaimContext } from './claim-match.js';
import { OWN, UNSPECIFIED } from './scope-names.js';
import type { TextIndex } from './text-index.js';

/*
 * An activity another body organised, said not held, put off or called off (县司法局部署的全县交叉评查尚未开展; 市水利局
 * 原定举办的水政执法培训班取消): that body's, no denial of the reporter's own — whose training or review the report tells
 * apart.
 */

/**
 * Whether the claim's clause names, before the cue at `at`, the activity as organised by a body (…部署的, …组织的,
 * …原定举办的: an activity or directions word, then 的) that the clause's words do not make the reporter's own.
 */
export function othersActivity(index: TextIndex, ctx: ClaimContext, cs: number, at: number): boolean {
  const w = ctx.words;
  const text = index.text;
  const from = Math.max(cs, at - ORGANISED_REACH);
  for (let de = at - 1; de > from; de--) {
    if (text.charCodeAt(de) !== DE) continue;
    const verb = w.activityVerbs.last(text, from, de) ?? w.directions.last(text, from, de);
    if (verb === undefined || verb.at + verb.word.length !== de) continue;
    // the organiser named before the verb, a body the clause's words make another's (县司法局, 市水利局); not one they
    // leave unplaced (局里原定举办的…: may be the reporter's own)
    if (!w.subjectNouns.anyWithin(text, cs, verb.at)) return false;
    const scope = ctx.reporterScope(scopeOfClause(index, ctx, cs, verb.at));
    return scope !== OWN && scope !== UNSPECIFIED && !ownAfter(index, ctx, at);
  }
  return false;
}

/**
 * Whether the reporter, named after the cue in its sentence, denies it itself (区司法局组织的全区评查抽查了本局案卷，本局未
 * 另行开展): its own word, then a negation right after it.
 */
function ownAfter(index: TextIndex, ctx: ClaimContext, at: number): boolean {
  const w = ctx.words;
  const text = index.text;
  const hits = w.scopeWords.find(text, at, Math.min(index.sentence(at)[1], at + OWN_AFTER_REACH));
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    const end = h.at + h.word.length;
    if (w.scopeOf.get(h.word) === OWN && w.negation.last(text, end, end + OWN_NEGATION_REACH) !== undefined)
      return true;
  }
  return false;
}
/** How far after the reporter's own word its negation may stand (本局未另行开展, 我局至今尚未). */
const OWN_NEGATION_REACH = 5;
/** How far after the cue the reporter's own word is looked for. */
const OWN_AFTER_REACH = 40;
/** How far before the cue the organiser's 的 may stand (县普法办原定在我街道举办的“民法典宣传月”启动仪式). */
const ORGANISED_REACH = 24;
/** 的 */
const DE = 0x7684;
