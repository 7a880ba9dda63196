import { holdsAny, type FactMatch } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { OWN, UNSPECIFIED } from './scope-names.js';
import type { TextIndex } from './text-index.js';

/*
 * Whose a statement is, where its words decide before its scope is ranked: a respondent's figure (县政府作为被申请人的
 * …2件) is no intake; in a report whose role is unread, a bare 述法 is the reporter's own head's.
 */

/** 县政府作为被申请人的行政复议案件2件: a figure above 0 the fact's `excludeFigures` make a respondent's (a zero stands). */
export function anotherCount(index: TextIndex, x: FactExtractor, m: FactMatch): boolean {
  return (
    x.excludeFigures.length > 0 && typeof m.value === 'number' && m.value > 0 && leadHolds(index, m, x.excludeFigures)
  );
}

/**
 * A fact read only for some roles (the region's 述法), in a report whose role is unread (一中, 海关): a bare statement
 * naming no scope (校长在年度述职中述法) is the reporter's own, not the region's; a stated coverage is the region's.
 */
export function ownForRoleless(index: TextIndex, w: ClaimWords, x: FactExtractor, m: FactMatch): boolean {
  return x.roles !== undefined && x.coverage !== undefined && !statesCoverage(x, m.value) && reportersOwn(index, w, m);
}

/**
 * Whether the words of a statement's clause before its value hold one of the words (全区收案203件（区政府本级作为被
 * 申请人12件…）: what follows the value breaks it down).
 */
function leadHolds(index: TextIndex, m: FactMatch, words: string[]): boolean {
  return holdsAny(index.text.slice(index.clause(m.valueOffset)[0], m.valueOffset), words);
}

/**
 * Whether a statement is judged the reporter's own or of no scope, and its clause names no other scope either (组织各部门
 * 主要负责人述法 names the departments wherever its subject is judged to stand).
 */
function reportersOwn(index: TextIndex, w: ClaimWords, m: FactMatch): boolean {
  if (m.scope !== UNSPECIFIED && m.scope !== OWN) return false;
  const [cs, ce] = index.clause(m.valueOffset);
  const hits = w.scopeWords.find(index.text, cs, ce);
  for (let k = 0; k < hits.length; k++) if (w.scopeOf.get(hits[k]!.word) !== OWN) return false;
  return true;
}

/** Whether an enum's value states how far a coverage fact reached (full, partial), not only that it was held. */
function statesCoverage(x: FactExtractor, value: unknown): boolean {
  return value === x.coverage!.full || value === x.coverage!.partial;
}
