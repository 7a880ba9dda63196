import type { ClaimWords } from './claim-words.js';
import type { FactMatch } from './claim-match.js';
import { isComma, type TextIndex } from './text-index.js';
import { OWN, UNSPECIFIED } from './scope-names.js';

/*
 * An unscoped figure told on by a sentence of the reporter's own opening with an addition word (举办执法人员业务培训4场，
 * 参训326人次。此外，我局还为新入职执法人员举办专题培训1场，参训41人次): the 我局 of the addition names the subject the first
 * sentence left unsaid, so the first figure is the reporter's own too — ranked with it, then added to it
 * (added-statements.ts), not passed over for it.
 */

/** Whether an addition word (此外, 另外, 还: vocabulary addition) stands at `at`, not inside an ordinary word. */
export function additionWordAt(words: ClaimWords, text: string, at: number): boolean {
  const word = words.addition.at(text, at);
  return word !== undefined && !words.ordinary.covers(text, at, word.length, words.ordinaryReach);
}

/**
 * Whether an addition word at `at`, opening a clause after a comma, is a connective: a clause of its own (此外，…) or
 * followed by its subject (此外局机关为…) or a beneficiary word (此外为新入职…) — not a verb's part telling of others
 * (另有12名执法人员参加…) or going on (还组织…).
 */
export function connectiveAt(words: ClaimWords, text: string, at: number): boolean {
  const word = words.addition.at(text, at);
  if (word === undefined || !additionWordAt(words, text, at)) return false;
  const after = at + word.length;
  // (or those its activity is held for: …参训一百六十人次，此外为新入职执法人员举办岗前培训1场次)
  return (
    isComma(text.charCodeAt(after)) ||
    words.scopeWords.at(text, after) !== undefined ||
    words.beneficiary.at(text, after) !== undefined
  );
}

/** Marks a statement of no named scope as the reporter's own where the sentence right after it adds an own figure. */
export function ownBeforeAddition(index: TextIndex, words: ClaimWords, results: FactMatch[]): void {
  if (words.addition.size === 0 || results.length < 2) return;
  const text = index.text;
  for (let k = 0; k < results.length; k++) {
    const b = results[k]!;
    if (b.scope !== OWN) continue;
    const start = index.sentence(b.valueOffset)[0];
    if (!additionWordAt(words, text, start)) {
      ownBeforeConnective(index, words, results, b);
      continue;
    }
    // the statements of the sentence right before the addition's: only its end mark and blanks between (a few
    // characters, so no long text is cut out to test); a statement's list is short, each pair looked at once
    for (let j = 0; j < results.length; j++) {
      const a = results[j]!;
      if (a.scope !== UNSPECIFIED || a.valueOffset >= start || start - a.valueOffset > SENTENCE_REACH) continue;
      const end = index.sentence(a.valueOffset)[1];
      if (start - end <= GAP_MAX && BETWEEN.test(text.slice(end, start))) a.scope = OWN;
    }
  }
}

/**
 * The same within a sentence: an own statement whose clause opens on a connective after a comma (…参训214人次，…，此外局机关
 * 为新调入人员举办…1场次) makes the statements of no named scope before it in its sentence the reporter's own too.
 */
function ownBeforeConnective(index: TextIndex, words: ClaimWords, results: FactMatch[], b: FactMatch): void {
  const text = index.text;
  let cs = index.clause(b.valueOffset)[0];
  const ss = index.sentence(b.valueOffset)[0];
  // (its figure may stand a clause or two after the connective's: 此外，为…举办…1场次)
  for (let n = 0; n < CONNECTIVE_CLAUSES && cs > ss && !connectiveAt(words, text, cs); n++)
    cs = index.clause(cs - 2)[0];
  if (cs <= ss || !isComma(text.charCodeAt(cs - 1)) || !connectiveAt(words, text, cs)) return;
  for (let j = 0; j < results.length; j++) {
    const a = results[j]!;
    if (a.scope !== UNSPECIFIED || a.valueOffset < ss || a.valueOffset >= cs) continue;
    // (not one the reporter's people attended: …参加区级执法培训2次，此外，街道自行组织…1场次 — an attending word right
    // before the figure, 参训180人次, only names what it counts)
    if (!attendedBefore(words, text, index.clause(a.valueOffset)[0], a.valueOffset)) a.scope = OWN;
  }
}
/** Whether an attending word (参加) stands in [from, figure) other than right before the figure (参训180人次). */
export function attendedBefore(words: ClaimWords, text: string, from: number, figure: number): boolean {
  const hits = words.attending.find(text, from, figure);
  for (let k = 0; k < hits.length; k++) if (hits[k]!.at + hits[k]!.word.length < figure) return true;
  return false;
}

/** How many clauses before its figure's a connective may open the addition (此外，为…举办培训1场次). */
const CONNECTIVE_CLAUSES = 2;

/** How far before the addition's sentence the figure it tells on may stand. */
const SENTENCE_REACH = 300;
/** The most characters between one sentence's end and the next one's start (a mark, blanks, a line break). */
const GAP_MAX = 8;

/** What may stand between a sentence's end and the next sentence's start. */
const BETWEEN = /^[。；;！!？?\s\u3000]*$/u;
