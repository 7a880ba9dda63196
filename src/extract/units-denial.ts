import { holdsAny } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { OWN } from './scope-names.js';

/*
 * A coverage denial of the units under the reporter (下属3个所未配备法律顾问; facts.yaml excludeDenials): theirs, so no
 * none of the reporter's — only a coverage that is not whole.
 */

/**
 * Whether a denial's clause names units under the reporter before the claim (下属3个所未配备…; facts.yaml
 * excludeDenials), not the reporter itself beside them (局机关及下属单位均未聘请: an own scope word).
 */
export function unitsDenial(w: ClaimWords, x: FactExtractor, text: string, cs: number, at: number): boolean {
  const words = x.def.excludeDenials;
  if (words === undefined || !holdsAny(text.slice(cs, at), words)) return false;
  const named = w.scopeWords.find(text, cs, at);
  for (let k = 0; k < named.length; k++) if (w.scopeOf.get(named[k]!.word) === OWN) return false;
  return true;
}

/**
 * Whether a value is the one a denial of having it at all gives (whenNegated held → none), not of its being whole
 * (full → partial: 乡政府及所属12个村中已有9个…尚未实现全覆盖 still says how far coverage reached).
 */
export function deniesIt(x: FactExtractor, v: string): boolean {
  const denied = x.whenNegated;
  if (denied === undefined) return false;
  for (const k in denied) if (denied[k] === v && k !== x.coverage?.full) return true;
  return false;
}
