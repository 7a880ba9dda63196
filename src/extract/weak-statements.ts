import { holdsAny, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import type { TextIndex } from './text-index.js';

/*
 * A fact's weak cues (收到 for cases received, 亲自出庭 for heads appearing) state it only where none of its other cues
 * does: whether a statement is a weak cue's.
 */

/**
 * A weak cue's statement: its clause's words before the value hold one of the fact's weak cues and no weakUnless word
 * (`partiesOwn`: not counting one inside a party word).
 */
export function isWeak(index: TextIndex, x: FactExtractor, m: FactMatch, partiesOwn = false): boolean {
  const lead = index.text.slice(index.clause(m.at)[0], m.valueOffset);
  const before = partiesOwn ? withoutParties(lead, x) : lead;
  return holdsAny(before, x.weakCues) && !holdsUnlessWord(before, x);
}

/**
 * `s` with the fact's party words (excludeFigures: 被申请人) blanked, for a reporter whose count of the fact is the cases
 * it is a party to (partiesOwn: a department, a town): a weak cue inside one names the party, not the stage the fact
 * counts (以街道办事处为被申请人的行政复议案件 holds 申请 and is no application received). For the body that decides the
 * region's cases (a 司法局, a government) its own as a party stay weak beside its intake.
 */
function withoutParties(s: string, x: FactExtractor): string {
  let out = s;
  for (const party of x.excludeFigures)
    if (out.includes(party)) out = out.replaceAll(party, BLANK.repeat(party.length));
  return out;
}
const BLANK = '\u3000';

/**
 * Whether the clause's words before the value hold a weakUnless word (受理89件): the statement names the stage the fact
 * counts, not only no weak cue.
 */
export function namesOwnStage(index: TextIndex, x: FactExtractor, m: FactMatch): boolean {
  return x.weakUnless.length > 0 && holdsUnlessWord(index.text.slice(index.clause(m.at)[0], m.valueOffset), x);
}

/** Whether a weakUnless word stands in `s` outside the fact's notPrecededBy words (受理, not 不予受理). */
function holdsUnlessWord(s: string, x: FactExtractor): boolean {
  for (const word of x.weakUnless)
    for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
      // inside a notPrecededBy word holding it: that word starts where its own copy of `word` puts it
      const inside = x.notPrecededBy.some((n) => {
        const i = n.indexOf(word);
        return i >= 0 && at - i >= 0 && s.startsWith(n, at - i);
      });
      if (!inside) return true;
    }
  return false;
}
