/** A fact as the other facts' cues are read from it: its type, its cues and its context cues. */
interface CuedFact {
  type: string;
  cues: readonly string[];
  contextCues: readonly string[];
}

/**
 * The other count facts' plain cues holding none of this fact's cue or context-cue words (调解成功 for the disputes
 * accepted, whose context cue is 受理): a sum clause one of them opens (…受理纠纷63件，调解成功共计80件) totals that fact,
 * not this one's parts (stated-totals.ts), and a short verb that is one (全年败诉2件) continues no clause of this fact's
 * (figure-continuation.ts). Split cues (…) are left out: only words written whole are looked for.
 */
export function othersNaming(x: CuedFact, facts: readonly CuedFact[]): string[] {
  const own = [...x.cues, ...x.contextCues].filter((c) => !c.includes(SPLIT));
  return facts.flatMap((o) =>
    o === x || o.type !== 'count' ? [] : o.cues.filter((c) => !c.includes(SPLIT) && !own.some((w) => c.includes(w))),
  );
}
const SPLIT = '…';
