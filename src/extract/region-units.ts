import type { ClaimWords } from './claim-words.js';
import { SUM_WORD } from './sum-words.js';
import { DEPARTMENTS, GOVERNMENT, REGION } from './scope-names.js';

/*
 * What a region word takes in: the units it names in brackets (全县（含各乡镇…）) or summed after it (全县各乡镇、县直部门
 * 合计…) — the region's figure either way, not the units'.
 */

/** How far back an inclusion's opening bracket may stand before a scope word inside it. */
const INCLUSION_REACH = 20;

/**
 * Where the bracket opens when the word at `at` stands inside an inclusion (（含各乡镇人民政府…, （包括…), else -1.
 */
export function inclusionOpening(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= Math.max(floor, at - INCLUSION_REACH); i--) {
    const c = text.charCodeAt(i);
    if (c === CLOSE_BRACKET || c === CLOSE_PAREN) return -1;
    if (c === OPEN_BRACKET || c === OPEN_PAREN)
      return text.startsWith(INCLUDES, i + 1) || text.startsWith(INCLUDING, i + 1) ? i : -1;
  }
  return -1;
}

const OPEN_BRACKET = 0xff08;
const CLOSE_BRACKET = 0xff09;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const INCLUDES = '含';
const INCLUDING = '包括';

/**
 * The region's scope when the units a region word names are summed (全县各乡镇、部门合计作出…23项): a departments word
 * right after a region word, and a sum word between it and the claim or another unit word listed before it (全县各部门、
 * 各乡镇开展…); else undefined (全县各部门开展…326场次 stays the departments').
 */
export function regionSum(
  w: ClaimWords,
  text: string,
  hit: { at: number; word: string },
  from: number,
  at: number,
): string | undefined {
  if (w.scopeOf.get(hit.word) !== DEPARTMENTS) return undefined;
  const summed = UNITS_SUMMED.test(text.slice(hit.at + hit.word.length, at));
  // back over the units named (全县各乡镇、县直部门) to the region word right before the first: with a sum word, or with
  // more than one kind of unit named (全县各部门、各乡镇开展…1,305场次: every body of the county)
  let start = hit.at;
  for (let k = 0; k < MAX_UNITS; k++) {
    const before = w.scopeWords.last(text, Math.max(from, start - UNIT_WORD_REACH - 1), start);
    if (!before) return undefined;
    const gap = text.slice(before.at + before.word.length, start);
    const scope = w.scopeOf.get(before.word);
    if (gap === '' && scope === REGION)
      return summed || (k > 0 && !governmentBefore(w, text, from, before.at)) ? REGION : undefined;
    if (scope !== DEPARTMENTS || !UNIT_JOINER.test(gap)) return undefined;
    start = before.at;
  }
  return undefined;
}

/**
 * Whether the government's own figure is named before the units in the sentence (县政府本级制发…5件，全县各部门、乡镇制发
 * …21件): the units listed are then the rest of the region, not all of it.
 */
function governmentBefore(w: ClaimWords, text: string, from: number, to: number): boolean {
  const words = w.scopeWords.find(text, from, to);
  for (let k = 0; k < words.length; k++) if (w.scopeOf.get(words[k]!.word) === GOVERNMENT) return true;
  return false;
}

/** A sum word, or 共 (all of them together: 全县各乡镇、部门共作出…37项), between the units and the claim. */
const UNITS_SUMMED = new RegExp(`${SUM_WORD.source}|共`, 'u');
/** Between two units named: 、 or 和. */
const UNIT_JOINER = /^[、和及]$/u;
const MAX_UNITS = 4;
/** How far before a unit word the word before it may start (全县 + 各乡镇). */
const UNIT_WORD_REACH = 4;
