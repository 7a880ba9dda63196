import { judging, lastJudging, type ClaimWords } from './claim-words.js';
import { holdsAny } from './claim-match.js';
import { targetIn } from './polarity.js';
import type { TextIndex } from './text-index.js';

/*
 * A word naming a part of a coverage fact's subjects (部分, 其余, 基本实现): whether it says how far the claim reached —
 * partial — or only how the part did it (部分乡镇述法质量不高; 其余采取书面方式述法; 部分负责人现场述法，以“现场+书面”形式
 * 实现述法全覆盖).
 */

/**
 * Whether a partial word (部分, 仍有) in [ss, se) says how far something reached: not one whose clause then says the
 * part falls short in quality (部分乡镇述法质量不高), nor the rest's word whose clause says the rest did it too, in
 * another way (…12名现场述法，其余采取书面方式述法), nor one a later clause says all were covered after (coveredLater).
 */
export function partWordStates(
  index: TextIndex,
  w: ClaimWords,
  [cues, coverageWords]: [string[], string[]],
  exclude: string[],
  text: string,
  ss: number,
  se: number,
): boolean {
  const found = judging(w, w.partial, text, ss, se);
  for (let k = 0; k < found.length; k++) {
    const p = found[k]!;
    const clause = index.clause(p.at);
    const ce = Math.min(se, clause[1]);
    const from = p.at + p.word.length;
    if (lastJudging(w, w.insufficient, text, from, ce) !== undefined) continue;
    if (w.partialSubjects.at(text, p.at) === p.word && !tellsReach(w, text, cues, Math.max(ss, clause[0]), ce))
      continue;
    // the units the fact leaves out (尚有4个村没有法律顾问): their coverage is not the reporter's
    if (exclude.length > 0 && holdsAny(text.slice(Math.max(ss, clause[0]), ce), exclude)) continue;
    if (restDidItToo(w, cues, text, p, [ss, from, ce])) continue;
    // a part that did it one way, then all covered (部分负责人现场述法，以“现场+书面”形式实现述法全覆盖): the whole's claim
    if (coveredLater(w, coverageWords, index, Math.max(ss, clause[0]), se)) continue;
    return true;
  }
  return false;
}

/**
 * Whether a clause after the partial word's, which opens at `from`, claims coverage reached in its sentence (…，实现
 * 述法工作全覆盖): a coverage word after a word of reaching (实现, 做到) or 应述尽述, in a clause with no partial word
 * (部分乡镇实现全覆盖 is a part's), and no negation, target or postponement from `from` to its end (剩余乡镇争取年底前
 * 完成，实现全覆盖; 其余单位将于年底前完成，实现全覆盖; 但述法全覆盖有待实现).
 */
function coveredLater(w: ClaimWords, coverageWords: string[], index: TextIndex, from: number, se: number): boolean {
  const text = index.text;
  for (let p = from, first = true; p < se; first = false) {
    const [cs, ce] = index.clause(p);
    if (
      judging(w, w.negation, text, cs, ce).length > 0 ||
      targetIn(w, text, cs, ce) ||
      lastJudging(w, w.postponement, text, cs, ce) !== undefined
    )
      return false;
    if (!first && coverageReached(text.slice(cs, ce), coverageWords))
      return judging(w, w.partial, text, cs, ce).length === 0;
    p = ce + 1;
  }
  return false;
}

/**
 * Whether a clause claims one of the fact's coverage words: the state noun 全覆盖 after a word of reaching (实现…全覆盖,
 * not 全覆盖有待实现); the pack's other coverage words are predicates that claim by themselves (应述尽述, 应聘尽聘).
 */
function coverageReached(clause: string, coverageWords: string[]): boolean {
  for (let k = 0; k < coverageWords.length; k++) {
    const word = coverageWords[k]!;
    const at = clause.indexOf(word);
    if (at >= 0 && (word !== FULL_COVERAGE || REACHING.test(clause.slice(0, at)))) return true;
  }
  return false;
}

const FULL_COVERAGE = '全覆盖';
const REACHING = /实现|做到|达到/u;

/**
 * Whether the clause [cs, ce) of a word naming a part of the subjects tells that the part did, or did not do, what
 * the fact counts — a denial, a word of something done (已, 完成) or an activity's verb (组织部分部门…), a target or a
 * postponement (将于明年补述), or the fact's cue ending the clause as its verb (大部分部门主要负责人…专门述法) — and
 * not only how the part does it (部分乡镇述法报告同质化; 个别部门述法报告套用模板; 部分乡镇法律顾问履职以审查合同为主).
 */
function tellsReach(w: ClaimWords, text: string, cues: string[], at: number, ce: number): boolean {
  let end = ce;
  while (end > at && BLANK.test(text[end - 1]!)) end--;
  for (let k = 0; k < cues.length; k++) if (text.endsWith(cues[k]!, end)) return true;
  return (
    lastJudging(w, w.negation, text, at, ce) !== undefined ||
    w.done.last(text, at, ce) !== undefined ||
    w.actual.last(text, at, ce) !== undefined ||
    w.activityVerbs.last(text, at, ce) !== undefined ||
    lastJudging(w, w.target, text, at, ce) !== undefined ||
    lastJudging(w, w.postponement, text, at, ce) !== undefined
  );
}

/**
 * A remainder word (其余) whose clause states the claim itself, in a sentence that denies, plans and puts off nothing
 * up to the clause's end: the rest did it too (其余采取书面方式述法), not the rest left over (除3个乡镇未组织外，其余
 * 单位均已述法; 其余将于明年述法). span: the sentence's start, the word's end, the clause's end.
 */
function restDidItToo(
  w: ClaimWords,
  cues: string[],
  text: string,
  p: { at: number; word: string },
  span: [number, number, number],
): boolean {
  const [ss, from, ce] = span;
  if (!w.remainder.covers(text, p.at, p.word.length, 0) || !holdsAny(text.slice(from, ce), cues)) return false;
  const denied =
    lastJudging(w, w.negation, text, ss, ce) ??
    lastJudging(w, w.target, text, from, ce) ??
    lastJudging(w, w.postponement, text, ss, ce);
  return denied === undefined;
}

const BLANK = /\s/u;
