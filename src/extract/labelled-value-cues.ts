import { indexIn } from './bounded-search.js';
import type { CueHits } from './cue-scan.js';
import type { FactExtractor } from './compile.js';
import { labelColon } from './label-lines.js';
import { beforeBlanks } from './line-spans.js';
import type { TextIndex } from './text-index.js';

/*
 * A value cue told as a label and its value (法律顾问：局机关及所属2个单位均已聘请; 法律顾问：已聘请; 述法：未开展): the
 * cue's noun — one of the fact's own cues — labels the line, and the verb before it in the cue (均已聘请 of 均已聘请…
 * 法律顾问, 聘请 of 聘请法律顾问) stands in the label's value. The spot is the verb's: the value's clause is judged as the
 * cue's own (法律顾问：未聘请 is denied; 法律顾问：县政府及22个部门均已配备 covers them all), and quoted with its label.
 */

/** A spot is four numbers, as value-cue-reading.ts's: the cue's start and end, and the gap it judges. */
const SPOT = 4;

/** Adds to `spots` the label-and-value spots of the value cues of rank `rank`; returns the list (made when needed). */
export function labelledValueSpots(
  index: TextIndex,
  x: FactExtractor,
  hits: CueHits,
  rank: number,
  spots: number[] | undefined,
): number[] | undefined {
  const text = index.text;
  const parts = x.valueCueParts![rank]!;
  for (let c = 0; c < x.cues.length; c++) {
    const noun = x.cues[c]!;
    const nounHits = hits.ofId(x.cueIds.cues[c]!);
    for (let h = 0; h < nounHits.length; h++) {
      const at = nounHits[h]!;
      const colon = labelColon(index, at, noun.length);
      if (colon < 0) continue;
      const valueEnd = index.clause(colon + 1)[1];
      for (let p = 0; p < parts.length; p++) {
        const verb = verbOf(parts[p]!.first, parts[p]!.second, noun);
        if (verb === undefined) continue;
        const v = indexIn(text, verb, colon + 1, valueEnd);
        if (v < 0) continue;
        spots ??= [];
        spots.push(v, v + verb.length, v + verb.length, v + verb.length);
        if (spots.length > MAX_SPOTS * SPOT) return spots;
      }
    }
  }
  return spots;
}

/**
 * Where the label of the fact's own noun ending at a colon right before the clause at `cs` starts (法律顾问：|已聘请), for a
 * value read there to be quoted with it; else `cs`.
 */
export function labelStart(index: TextIndex, x: FactExtractor, cs: number): number {
  const text = index.text;
  const colon = beforeBlanks(text, cs) - 1;
  const ch = text.charCodeAt(colon);
  if (colon < 0 || (ch !== 0xff1a && ch !== 0x3a)) return cs;
  const nounEnd = beforeBlanks(text, colon);
  for (let c = 0; c < x.cues.length; c++) {
    const noun = x.cues[c]!;
    if (nounEnd >= noun.length && text.startsWith(noun, nounEnd - noun.length))
      if (labelColon(index, nounEnd - noun.length, noun.length) === colon) return nounEnd - noun.length;
  }
  return cs;
}

/** The verb a value cue puts before the noun `noun` (均已聘请…法律顾问, 聘请法律顾问 → 均已聘请, 聘请); else undefined. */
function verbOf(first: string, second: string | undefined, noun: string): string | undefined {
  if (second !== undefined) return second === noun ? first : undefined;
  return first.length > noun.length && first.endsWith(noun) ? first.slice(0, first.length - noun.length) : undefined;
}

/** A document with more label lines than this for one value is no form: the first ones are enough to judge. */
const MAX_SPOTS = 64;
