import { insideDocumentTitle } from './document-titles.js';
import type { CueHits } from './cue-scan.js';
import type { FactExtractor } from './compile.js';
import type { CueParts } from './split-cues.js';
import type { ClaimContext, FactMatch } from './claim-match.js';
import { cueAllowed } from './cue-reach.js';
import { type Found, pushMatch } from './found-statements.js';
import { isItemHeading } from './item-lead.js';
import { beforeBlanks } from './line-spans.js';
import { isClauseEnd, isComma, type TextIndex } from './text-index.js';
import { firstPartStart, secondPartEnd, valueCueClaim } from './value-cue-claims.js';
import { labelledValueSpots } from './labelled-value-cues.js';

/*
 * An enum or boolean fact's value cues read where they stand (述法全覆盖, 未配备法律顾问), in the pack's order of values,
 * and where a cue found at its scanned word starts and ends (a split cue's other word looked for beside it).
 */

/**
 * enum/boolean: the first value (in the pack's order) stated decides, at its first statement
 * that is not an item heading — so later values and later statements need no judging.
 * True when that settled the fact.
 */
export function readValueCues(
  index: TextIndex,
  x: FactExtractor,
  hits: CueHits,
  ctx: ClaimContext,
  found: Found,
): boolean {
  const settles = !x.coverage;
  const valueCues = x.valueCues!;
  for (let rank = 0; rank < valueCues.length; rank++) {
    const value = valueCues[rank]![0];
    const spots = valueCueSpots(index, x, hits, rank);
    for (let k = 0; k < spots.length; k += SPOT) {
      const m = valueCueClaim(index, x, ctx, value, spots[k]!, spots[k + 1]!, spots[k + 2]!, spots[k + 3]!);
      if (pushMatch(found, m) && settles && !isItemHeading(index, m!.at)) return true;
    }
    // a coverage fact's claims may read as a better value (partial) anywhere: judge them all
    if (settles && rankedAtMost(found.matches, rank)) return true;
  }
  return false;
}

/** Whether a statement of rank `rank` or better was kept. */
function rankedAtMost(matches: FactMatch[], rank: number): boolean {
  for (let k = 0; k < matches.length; k++) if ((matches[k]!.rank ?? 0) <= rank) return true;
  return false;
}

const NO_SPOTS: readonly number[] = [];

/** A spot is four numbers: the cue's start and end, and the gap between a split cue's words (empty for one word). */
const SPOT = 4;

/**
 * Where the cues of the value of rank `rank` stand, as start, end, gap start, gap end in one flat
 * list (no array per spot), in text order, longer first at a start. A value none of whose cues
 * occurs (most) allocates nothing.
 */
function valueCueSpots(index: TextIndex, x: FactExtractor, hits: CueHits, rank: number): readonly number[] {
  const text = index.text;
  let spots: number[] | undefined;
  const parts = x.valueCueParts![rank]!;
  const anchorIds = x.cueIds.anchors![rank]!;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const { first, second } = part;
    const partHits = hits.ofId(anchorIds[p]!);
    for (let k = 0; k < partHits.length; k++) {
      const hit = partHits[k]!;
      const at = cueStartAt(index, part, hit);
      const end = cueEndAt(index, part, hit);
      if (
        at === undefined ||
        end === undefined ||
        !cueAllowed(text, at, end - at, x) ||
        duringPhrase(text, at, end) ||
        (x.def.notInDocumentTitles === true && insideDocumentTitle(text, at, end))
      )
        continue;
      spots ??= [];
      // the words between 述职…述法 are the report's, not the cue's: a denial there (未专门) is judged
      if (second === undefined) spots.push(at, end, end, end);
      else spots.push(at, end, at + first.length, end - second.length);
    }
  }
  // (a value told as a label and its value: 法律顾问：已聘请)
  spots = labelledValueSpots(index, x, hits, rank, spots);
  if (spots === undefined) return NO_SPOTS;
  sortSpots(spots);
  return spots;
}

/**
 * Whether a cue ending in 中 opens its clause and a comma follows it (整改中，我局建立问题清单…): "while rectifying", a phrase
 * of time over what follows, no state of the matter (…2个问题仍在整改中; 整改中1个 still are).
 */
function duringPhrase(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(end - 1) !== DURING || !isComma(text.charCodeAt(end))) return false;
  const p = beforeBlanks(text, at) - 1;
  return p < 0 || text.charCodeAt(p) === 0x0a || isClauseEnd(text.charCodeAt(p));
}
const DURING = 0x4e2d; // 中

/** Spots past this many are sorted by the array sort: insertion is quadratic in a long document's many hits. */
const INSERTION_SORT_MAX = 16;

/**
 * Sorts spots by start, the longer (later end) first at one start, stably (as the array sort of
 * pairs it replaces): an insertion sort for the few spots a value has in a report, the array sort
 * of their places past that (each part's hits come in text order, so many interleave).
 */
function sortSpots(spots: number[]): void {
  if (spots.length > INSERTION_SORT_MAX * SPOT) {
    sortManySpots(spots);
    return;
  }
  for (let i = SPOT; i < spots.length; i += SPOT) {
    const at = spots[i]!;
    const end = spots[i + 1]!;
    const gapFrom = spots[i + 2]!;
    const gapTo = spots[i + 3]!;
    let j = i - SPOT;
    while (j >= 0 && (spots[j]! > at || (spots[j] === at && spots[j + 1]! < end))) {
      for (let f = 0; f < SPOT; f++) spots[j + SPOT + f] = spots[j + f]!;
      j -= SPOT;
    }
    spots[j + SPOT] = at;
    spots[j + SPOT + 1] = end;
    spots[j + SPOT + 2] = gapFrom;
    spots[j + SPOT + 3] = gapTo;
  }
}

/** sortSpots for many: the spots' places sorted (the array sort is stable), then the spots copied back in that order. */
function sortManySpots(spots: number[]): void {
  const places: number[] = [];
  for (let i = 0; i < spots.length; i += SPOT) places.push(i);
  places.sort((a, b) => spots[a]! - spots[b]! || spots[b + 1]! - spots[a + 1]!);
  const copy = spots.slice();
  for (let k = 0; k < places.length; k++) for (let f = 0; f < SPOT; f++) spots[k * SPOT + f] = copy[places[k]! + f]!;
}

/*
 * Where a cue found at its scanned word `hit` starts and ends. The rarer (longer) word of a split cue is
 * scanned for; the other is looked for beside it, in its clause: undefined when it is not there.
 */
export function cueStartAt(index: TextIndex, p: CueParts, hit: number): number | undefined {
  return p.second === undefined || p.anchor === p.first ? hit : firstPartStart(index, hit, p.first);
}

export function cueEndAt(index: TextIndex, p: CueParts, hit: number): number | undefined {
  if (p.second === undefined) return hit + p.first.length;
  return p.anchor === p.first ? secondPartEnd(index, hit + p.first.length, p.second) : hit + p.second.length;
}
