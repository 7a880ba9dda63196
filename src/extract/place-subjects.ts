import { NOT_IN_PLACE, placeLine, SCOPE_PLACE, type BodyName } from './authority.js';
import { functionWordInName, ordinaryWordAt } from './place-suffixes.js';

/**
 * The place a clause opens with as its subject (社旗县认真贯彻…, 黄村镇在县委…, 小营街道深入…): the shortest run of at
 * least two characters and a suffix that is a place, its suffix not opening an ordinary word (东湖区域) — or that run
 * and the county's or city's suffix right after it (景德镇市); undefined when the clause opens with none.
 */
export function placeAtStart(s: string, shortNamed: readonly string[] = []): BodyName | undefined {
  // a county of a one-character name (房县坚持…) is known from the map alone: 县委, 县长 after it are other words
  const short = s.slice(0, SHORT_NAME);
  if (shortNamed.includes(short) && !NOT_AFTER_SHORT.test(s.charAt(SHORT_NAME))) return placeLine(short);
  for (let e = PLACE_SUBJECT_MIN; e <= Math.min(s.length, PLACE_SUBJECT_MAX); e++) {
    const name = s.slice(0, e);
    const place = placeLine(name);
    if (place === undefined || ordinaryWordAt(s, e - 1) || ordinaryWordAt(s, e - 2)) continue;
    // a place's own name is two or three characters (社旗县, 大桥江乡, 小营街道); none holds a scope word, a
    // preposition or a time (全年审核县…, 我在区委…)
    const own = e - place.roleWord!.length;
    if (
      own > PLACE_NAME_MAX ||
      SCOPE_PLACE.test(name) ||
      NOT_IN_PLACE.test(name) ||
      TIME_WORDS.test(name) ||
      FUNCTION_WORDS.test(name) ||
      functionWordInName(name)
    )
      return undefined;
    // a name holding a township's suffix goes on to its own (景德镇市, not the 镇 景德镇), unless the next word is an
    // ordinary one (景德镇市场…)
    const longer =
      e < s.length && LEVEL_AFTER.test(s[e]!) && !ordinaryWordAt(s, e) ? placeLine(s.slice(0, e + 1)) : undefined;
    const found = longer ?? place;
    // a place named within the one above it (营口市鲅鱼圈区坚持…): the lower one, as a title's is
    const end = longer ? e + 1 : e;
    const inner = placeAtStart(s.slice(end), shortNamed);
    return (inner && placeLine(s.slice(0, end + inner.authority.length))) ?? found;
  }
  return undefined;
}
/** The suffixes of a county or a city that may follow a township's in one name (景德镇市). */
const LEVEL_AFTER = /[市县区旗州]/u;
/** A one-character name and its suffix (房县, 芒市). */
const SHORT_NAME = 2;
/** What after such a name makes it another word (和县委…, 新县城, 新县长): the county's organs, town or head. */
const NOT_AFTER_SHORT = /[委长城里级域直属]/u;
/** A place subject's shortest and longest length, suffix included (黄村镇, 大桥江乡, 小营街道). */
const PLACE_SUBJECT_MIN = 3;
const PLACE_SUBJECT_MAX = 6;
/** The longest own name of a place subject before its suffix (银杏大街街道, 管城回族区: four). */
const PLACE_NAME_MAX = 4;
const TIME_WORDS = /[年月今本]/u;
/**
 * Words joining clauses, never opening a place's own name (以及市、区对…; 和 alone may: 和平县, 北和镇), the party's prefix
 * (中共某县委…: a committee, no place), and a scope word
 * anywhere in it (全市各县…, 我区…).
 */
const FUNCTION_WORDS = /^(?:以及|及其|或者|并且|中共)|[全我本该各][县区市镇乡省州旗]/u;
