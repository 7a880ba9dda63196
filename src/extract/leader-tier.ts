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
  text: string,
  selves: readonly string[],
  leaders: Partial<Record<K, string[]>> | undefined,
): { key: K; at: number; end: number } | undefined {
  if (!leaders || selves.length === 0) return undefined;
  const opening = text.slice(0, REACH);
  let self = -1;
  for (const w of selves) {
    const at = opening.indexOf(w);
    if (at >= 0 && (self < 0 || at < self)) self = at;
  }
  if (self < 0) return undefined;
  const start = sentenceStart(opening, self);
  const endMark = opening.slice(self).search(SENTENCE_END);
  const sentence = opening.slice(start, endMark < 0 ? opening.length : self + endMark);
  const clause = UNDER.exec(sentence);
  if (!clause) return undefined;
  const tier = oneTier(clause[1]!, leaders);
  return tier === undefined
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

function sentenceStart(text: string, at: number): number {
  for (let p = at - 1; p >= 0; p--) if (SENTENCE_END.test(text[p]!)) return p + 1;
  return 0;
}

/** The opening paragraph's reach. */
const REACH = 200;
const SENTENCE_END = /[。！？!?\n]/u;
/** 在县委、县政府的坚强领导下 / 在区委依法治区办的有力指导下: the leaders, without the adverb. */
const UNDER = /在([^，,。；;]{2,40}?)的?(?:坚强|正确|有力|具体|精心|悉心|大力)?(?:领导|指导)(?:下|和|、)/u;
