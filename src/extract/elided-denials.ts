import { Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { pastBlanks } from './line-spans.js';
import { OWN } from './scope-names.js';
import { isComma, type TextIndex } from './text-index.js';
import { STATED_ZERO_NOTE } from './zero.js';

/**
 * The reporter's own none, told in the clause right after a statement of the fact by naming itself and denying with
 * the verb alone (全区制定行政规范性文件9件，我局未制定; 全县行政诉讼案件41件，本镇未发生; …，我镇无): the object is the
 * statement's, so the zero is the fact's, and the reporter's. Only a clause of the reporter's own scope word (vocabulary
 * scopes: 我局, 本镇), an optional adverb, a negation (vocabulary `negation`) and at most a short verb after it: any
 * more words (我局未制定，也未参与起草 is fine; 我局未参与起草 is another act) make it another statement.
 */
export function ownNoneAfter(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  m: FactMatch,
): FactMatch | undefined {
  if (x.type !== 'count') return undefined;
  const text = index.text;
  const w = ctx.words;
  const clause = index.clause(m.valueOffset);
  if (clause[1] >= index.sentence(m.valueOffset)[1] || !isComma(text.charCodeAt(clause[1]))) return undefined;
  const next = index.clause(clause[1] + 1);
  let p = pastBlanks(text, next[0]);
  const own = w.scopeWords.at(text, p);
  if (own === undefined || w.scopeOf.get(own) !== OWN) return undefined;
  p += own.length;
  if (ADVERBS.includes(text.charAt(p))) p++;
  const neg = w.negation.at(text, p);
  if (neg === undefined) return undefined;
  const rest = text.slice(p + neg.length, next[1]).trim();
  if (rest.length > VERB_MAX || /\d/u.test(rest)) return undefined;
  const q = quote(index, clause[0], next[1], p, next[1], false, STATED_ZERO_NOTE);
  const none = new Match(0, p, ctx, next[0], next[0], q);
  // (the reporter named itself: no scope word before the clause speaks for it)
  none.scope = OWN;
  return none;
}

/** Adverbs between the reporter's name and its negation (我局均未…, 本镇则无). */
const ADVERBS = '均也则却仍';
/** The longest verb a denial with its object left out may end with (制定, 制发, 发生). */
const VERB_MAX = 2;
