import { isHanUnit } from './han.js';

const RATE = '率'.charCodeAt(0);
/** Words that may stand between a noun and its rate without making the rate another noun's (述法的覆盖率, 其覆盖率). */
const RATE_MODIFIERS = '的其总';
const WORK = '工作';

/**
 * Whether a plain rate word (覆盖率) is glued to a noun before it that is not a context word: 法律顾问覆盖率 is the
 * advisers' rate, whatever fact its sentence also names; 述法覆盖率, 述法工作覆盖率 and a rate opening its clause
 * (…述法，覆盖率100%) are the context's (a fact's own words: `owners`).
 */
export function anotherNounsRate(text: string, at: number, end: number, owners: readonly string[]): boolean {
  if (text.charCodeAt(end - 1) !== RATE || at === 0) return false;
  if (!isHanUnit(text.charCodeAt(at - 1)) || RATE_MODIFIERS.includes(text[at - 1]!)) return false;
  const to = text.endsWith(WORK, at) ? at - WORK.length : at;
  for (let k = 0; k < owners.length; k++) if (text.endsWith(owners[k]!, to)) return false;
  return true;
}
