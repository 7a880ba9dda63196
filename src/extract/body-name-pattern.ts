import type { Pack } from '../pack/compiled-pack.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * A body named by its level and role ending (县司法局, 区公安局), sticky: a sentence it opens gives that body's
 * figures. Role endings come from the vocabulary, longest first; none, no pattern.
 */
export function bodyNamePattern(
  roles: Pack['vocabulary']['roles'],
  outside: readonly string[] = [],
): RegExp | undefined {
  // (a body counting cases of its own, 县人民法院, opens a clause as a body does: scope.ts says whose its figures are)
  const endings = [...new Set([...Object.values(roles ?? {}).flat(), ...outside])].sort((a, b) => b.length - a.length);
  if (endings.length === 0) return undefined;
  const alternatives = endings.map(escapeRegExp).join('|');
  return new RegExp(`[县区市州旗省][\\p{Script=Han}]{0,6}?(?:${alternatives})`, 'uy');
}
