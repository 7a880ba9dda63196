import type { ClaimWords } from './claim-words.js';
import type { TextIndex } from './text-index.js';

/*
 * An activity put off or called off (推迟, 暂缓, 取消: vocabulary postponement and cancellation) — before its cue
 * (本局暂缓开展案卷评查) or after it (执法案卷评查推迟至明年); put off to a month, it may still fall in the year.
 */

/** How far before an activity's cue a word putting it off is looked for (暂缓开展局内案卷评查). */
const PUT_OFF_BEFORE = 8;

/**
 * Whether a postponement or a cancellation stands right before the activity's cue at `at`, in its clause (本局暂缓开展
 * 局内案卷评查, 取消举办执法培训): only activity verbs, a qualifier or an own word may stand between — 暂缓审批的项目
 * 开展评查 puts off something else.
 */
export function putOffBefore(index: TextIndex, w: ClaimWords, cs: number, at: number): boolean {
  const text = index.text;
  for (let i = Math.max(cs, at - PUT_OFF_BEFORE); i < at; i++) {
    const word = putOffLength(w, text, i);
    if (word > 0) return onlyVerbsBetween(w, text, i + word, at);
  }
  return false;
}

/** Whether [from, to) holds only activity verbs, qualifiers (单独, 另行) and scope words (局内, 本局). */
function onlyVerbsBetween(w: ClaimWords, text: string, from: number, to: number): boolean {
  let p = from;
  while (p < to) {
    const word = w.activityVerbs.at(text, p) ?? w.zeroQualifiers.at(text, p) ?? w.scopeWords.at(text, p);
    if (word === undefined) return false;
    p += word.length;
  }
  return p === to;
}

/** Whether a postponement (not to a month: 推迟至12月开展 may still fall in the year) or a cancellation stands at `i`. */
export function putOffAt(w: ClaimWords, text: string, i: number): boolean {
  return putOffLength(w, text, i) > 0;
}

/** The length of the postponement or cancellation word putting the activity off at `i` (putOffAt), or 0. */
export function putOffLength(w: ClaimWords, text: string, i: number): number {
  const word = w.postponement.at(text, i);
  if (word !== undefined)
    return !w.ordinary.covers(text, i, word.length, w.ordinaryReach) && !toAMonth(text, i + word.length)
      ? word.length
      : 0;
  const off = w.cancellation.at(text, i);
  return off !== undefined && !w.ordinary.covers(text, i, off.length, w.ordinaryReach) ? off.length : 0;
}

/** A postponement to a month (推迟至12月开展) may still fall in the year: no denial then. */
function toAMonth(text: string, from: number): boolean {
  return MONTH_AFTER.test(text.slice(from, from + 8));
}

const MONTH_AFTER = /^(?:至|到|于)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月/u;
