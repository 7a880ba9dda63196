import { lastIndexIn } from './bounded-search.js';
import type { ClaimContext } from './claim-match.js';
import { nextValue, type FactExtractor } from './compile.js';

/*
 * Items joined by 、 before a trailing cue, each with one figure of the fact, the earlier ones ending in the same head
 * noun, which the last item's words hold (县委常委会会议2次、县政府常务会议3次专题研究法治建设; 2次局党组会议、1次局务会议
 * 专题研究…): kinds of one thing, which a summed fact adds. Chinese noun phrases end in their head: items ending alike
 * name the same kind of thing; 学法6次、县政府常务会议3次 do not.
 */

/**
 * The figures of the list the figure `last` (at `at` in the text) closes or opens, first to last, in runs of one scope
 * as the reporter's role reads it: [[last]] alone when the items before it are no such list. Bodies of other scopes
 * (县政府常务会议4次、县委常委会会议2次、县委全面依法治县委员会全体会议1次: the government's own, the region's) are no kinds
 * of one thing: each run is its own statement, for the role to choose from; an item naming no scope joins its neighbours.
 */
export function sameHeadItems(
  x: FactExtractor,
  ctx: ClaimContext,
  text: string,
  cs: number,
  at: number,
  last: RegExpExecArray,
  cueStart: number,
): RegExpExecArray[][] {
  const lastPlaced = placed(last, at);
  const start = Math.max(cs, lastIndexIn(text, '、', cs, at + 1) + 1);
  if (start === cs || text[start - 1] !== '、') return [[lastPlaced]];
  // the last item runs from its 、 to the cue (…会议3次 or 1次…会议), the cue's own first words perhaps with it
  const own = wordsOf(text, start, cueStart, lastPlaced);
  let runScope = scopeNamed(ctx, text, start, cueStart);
  const runs = [[lastPlaced]];
  let head: string | undefined;
  for (let end = start - 1; end > cs && text[end] === '、'; ) {
    const from = Math.max(cs, lastIndexIn(text, '、', cs, end) + 1);
    const figure = onlyFigure(x, text, from, end);
    // (the list's first item may open with the sentence's year: 2023年召开县委常委会议5次、县政府常务会议8次研究…)
    const words = figure && wordsOf(text, from === cs ? pastOpeningYear(text, from, end) : from, end, figure);
    const itemHead = words !== undefined && words.length >= HEAD ? words.slice(-HEAD) : undefined;
    if (itemHead === undefined || (head !== undefined && itemHead !== head) || !own?.includes(itemHead)) break;
    head = itemHead;
    const scope = scopeNamed(ctx, text, from, end);
    if (scope !== undefined && runScope !== undefined && scope !== runScope) runs.unshift([figure!]);
    else runs[0]!.unshift(figure!);
    runScope = scope ?? runScope;
    end = from - 1;
  }
  return runs;
}

/**
 * The scope, as the reporter's role reads it, of the last scope word in [from, to) (依法治市委员会 → region; 市政府 and
 * 政府常务会议 both the reporting government's own), if any.
 */
export function scopeNamed(ctx: ClaimContext, text: string, from: number, to: number): string | undefined {
  const w = ctx.words;
  const word = w.scopeWords.last(text, from, to);
  const scope = word === undefined ? undefined : w.scopeOf.get(word.word);
  return scope === undefined ? undefined : ctx.reporterScope(scope);
}

/** The only figure of the fact in [start, end); undefined when none or more. */
function onlyFigure(x: FactExtractor, text: string, start: number, end: number): RegExpExecArray | undefined {
  const m = nextValue(x.valueSticky!, text, start, end);
  if (m === null || nextValue(x.valueSticky!, text, m.index + m[0].length, end) !== null) return undefined;
  return m;
}

/** An item's words, its figure left out, when they hold no other digit (厅党委会议3次 → 厅党委会议). */
function wordsOf(text: string, start: number, end: number, figure: RegExpExecArray): string | undefined {
  const words = (text.slice(start, figure.index) + text.slice(figure.index + figure[0].length, end)).trim();
  return /\d/u.test(words) ? undefined : words;
}
/**
 * Past a year opening the list (2023年, 2023年度, past blanks and a comma), which dates the whole list, not an item: an
 * item of its own year (…、2022年…3次) still holds a digit, and breaks the list.
 */
function pastOpeningYear(text: string, from: number, end: number): number {
  OPENING_YEAR.lastIndex = from;
  const m = OPENING_YEAR.exec(text);
  return m !== null && from + m[0].length < end ? from + m[0].length : from;
}
const OPENING_YEAR = /\s*(?:19|20)\d{2}\s*年度?[，,]?/uy;

/** How much of an item's words' end stands for its head noun: the last character (会议 → 议, 学法 → 法). */
const HEAD = 1;

/** A figure found in a window, placed at its offset in the text. */
function placed(m: RegExpExecArray, at: number): RegExpExecArray {
  if (m.index === at) return m;
  const copy = [...m] as unknown as RegExpExecArray;
  copy.index = at;
  copy.input = m.input;
  copy.groups = m.groups;
  return copy;
}
