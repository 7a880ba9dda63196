import type { FactMatch } from './claim-match.js';
import { UNSPECIFIED } from './scope-names.js';
import type { Ranked } from './statement-choice.js';

/*
 * What reads on from a kept figure to later statements of the same fact (added-statements.ts: 此外…; round-statements.ts:
 * 第2轮…): where the next sentence starts, and the figures of the kept one's rank in a span.
 */

/** Where the sentence after the one ending at `end` starts: past its end mark and the blanks and breaks after it. */
export function nextSentenceStart(text: string, end: number): number {
  let start = end + 1;
  while (start < text.length && BLANKS.includes(text[start]!)) start++;
  return start;
}
const BLANKS = ' \u3000\n\r\t';

/**
 * The statements giving a figure in [from, to) that are of rank `rank`, or name no body (此外，为新录用执法人员举办…: the
 * subject before carries on); in the order chosen holds them.
 */
export function figuresOfRank(chosen: Ranked[], rank: number, from: number, to: number): FactMatch[] {
  const out: FactMatch[] = [];
  for (let k = 0; k < chosen.length; k++) {
    const { m, rank: r } = chosen[k]!;
    if ((r !== rank && m.scope !== UNSPECIFIED) || typeof m.value !== 'number') continue;
    if (m.valueOffset >= from && m.valueOffset < to) out.push(m);
  }
  return out;
}
