import type { FactMatch } from './claim-match.js';

/** The statements a fact has found so far, and its judge of new ones. */
export interface Found {
  seen: number[];
  matches: FactMatch[];
  accept: (m: FactMatch) => boolean;
}

export const acceptAll = (_m: FactMatch): boolean => true;

/**
 * Keeps a judged statement unless its figure was read already (a module function: a closure per
 * call costs a naming call under tsx).
 */
export function pushMatch(found: Found, m: FactMatch | undefined): boolean {
  if (m && !found.seen.includes(m.valueOffset) && found.accept(m)) {
    found.seen.push(m.valueOffset);
    found.matches.push(m);
    return true;
  }
  return false;
}
