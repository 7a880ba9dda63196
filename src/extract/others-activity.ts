import { scopeOfClause, type ClaimContext } from './claim-match.js';
import type { TextIndex } from './text-index.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { DEPARTMENTS, OWN, UNSPECIFIED } from './scope-names.js';

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

/**
 * Whether a denial of an activity names some of the units that would hold it (部分乡镇执法案卷评查未开展; 个别部门未组织执法
 * 培训; 3个村未开展…): the others did — no denial of the reporter's, whose own is told apart. Some of the things (部分问题
 * 尚未整改) are no units: that denial stands; so does one of a fact of coverage (部分单位对…问题未整改到位: not all done), which
 * reads a part as partial (value-cue-claims.ts).
 */
export function someOfThemDeny(w: ClaimWords, x: FactExtractor, text: string, cs: number, to: number): boolean {
  if (x.coverage !== undefined) return false;
  const part = w.partialSubjects.last(text, cs, to) ?? countedUnits(text, cs, to);
  if (part === undefined) return false;
  const after = part.at + part.word.length;
  return (
    w.scopeOf.get(w.scopeWords.at(text, part.at) ?? '') === DEPARTMENTS ||
    w.subjectNouns.anyWithin(text, after, Math.min(to, after + UNIT_REACH))
  );
}

/** The last count of units (3个, 两家) in [from, to), within UNITS_REACH of `to`. */
function countedUnits(text: string, from: number, to: number): { at: number; word: string } | undefined {
  // (in a slice within UNITS_REACH of `to`: a search of the whole text would run on past `to` for every denial)
  const start = Math.max(from, to - UNITS_REACH);
  const span = text.slice(start, to);
  let last: { at: number; word: string } | undefined;
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(span); m !== null; m = COUNTED.exec(span)) last = { at: start + m.index, word: m[0] };
  return last;
}
/** How far before a denial's cue end its counted units are looked for (3个乡镇执法案卷评查工作未开展). */
const UNITS_REACH = 40;
const COUNTED = /(?:\d+|[一二两三四五六七八九十]+)(?:个|家)/gu;
/** How far after the partial word or count the unit's noun may end (部分乡镇, 3个行政村). */
const UNIT_REACH = 4;
