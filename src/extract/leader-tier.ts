import { firstSelfWord } from './self-subject.js';
import type { TextIndex } from './text-index.js';

/*
 * A bureau's tier from whom it works under: 2024年，在县委、县政府的坚强领导下，我局… — a 局 under a county's party
 * committee and government is the county's. Read only when nothing names the body's level.
 */

/**
 * The tier the opening's leaders name, when the opening calls the reporter by a bureau's self-word (我局) and, in
 * the same sentence, works 在…领导下 / 在…指导下 under leaders all of one tier (`leaders`' key); where the
 * clause stands.
 */
export function tierUnderLeaders<K extends string>(
  index: TextIndex,
  selves: string[],
  leaders: Partial<Record<K, string[]>> | undefined,
): { key: K; at: number; end: number } | undefined {
  const self = leaders && firstSelfWord(index.text, { self: selves });
  if (!leaders || !self) return undefined;
  const [start, end] = index.sentence(self.at);
  const clause = UNDER.exec(index.text.slice(start, end));
  const tier = clause ? oneTier(clause[1]!, leaders) : undefined;
  return tier === undefined || !clause
    ? undefined
    : { key: tier, at: start + clause.index, end: start + clause.index + clause[0].length };
}

/** The one tier whose leader words the clause holds; none when it holds none or words of two tiers. */
function oneTier<K extends string>(clause: string, leaders: Partial<Record<K, string[]>>): K | undefined {
  let found: K | undefined;
  for (const [key, words] of Object.entries(leaders) as Array<[K, string[] | undefined]>) {
    if (!(words ?? []).some((w) => clause.includes(w))) continue;
    if (found !== undefined) return undefined;
    found = key;
  }
  return found;
}

/** 在县委、县政府的坚强领导下 / 在区委依法治区办的有力指导下: the leaders, without the adverb. */
const UNDER = /在([^，,。；;]{2,40}?)的?(?:坚强|正确|有力|具体|精心|悉心|大力)?(?:领导|指导)(?:下|和|、)/u;
