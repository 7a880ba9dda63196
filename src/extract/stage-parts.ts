import { holdsAny, Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { namesFact } from './kind-naming.js';
import { lastIndexIn } from './bounded-search.js';
import { isDigitCode, type TextIndex } from './text-index.js';
import { figuresSum } from './value-parse.js';
import { nextValue } from './value-patterns.js';

/*
 * A whole told only as its stages, one after another, each with its own figure and no total said (全县行政诉讼一审案件
 * 52件、二审案件17件; 一审判决行政机关败诉5件，二审改判行政机关败诉1件; facts.yaml stageParts): the stages add up to the
 * fact. Parts after a total (行政诉讼案件86件（一审64件、二审22件）, …，其中一审64件…) are that total's, not added.
 */

/** One stage's item: where its stage word and its figure stand, and the words between them. */
interface StageItem {
  start: number;
  stage: string;
  stageAt: number;
  figure: RegExpExecArray;
  words: string;
}

/**
 * The sum of the stages told around the figure `m` read, as one statement standing at the first stage's figure (so
 * whichever stage a cue found, the sum is read once); undefined when the figure is no stage's of such a list.
 */
export function stagesTotal(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  m: FactMatch,
): FactMatch | undefined {
  if (x.stageParts.length === 0) return undefined;
  const [ss, se] = index.sentence(m.valueOffset);
  const text = index.text;
  const v = m.valueOffset;
  const anchor = stageItem(text, x, itemStart(text, ss, v), itemEnd(text, v, se), v);
  if (anchor === undefined) return undefined;
  const items = [anchor];
  // earlier stages: only while the one after them opens with its stage word (…一审案件93件，二审案件28件)
  for (let first = anchor; startsWithStage(text, first); ) {
    const p = first.start - 1;
    if (p <= ss || !isItemMark(text, p)) break;
    const before = stageItem(text, x, itemStart(text, ss, p), p, undefined);
    if (before === undefined || !fits(x, anchor, before)) break;
    items.unshift(before);
    first = before;
  }
  // later stages, each opening with its stage word
  for (let last = anchor; ; ) {
    const end = last.figure.index + last.figure[0].length;
    if (end >= se || !isItemMark(text, end)) break;
    const after = stageItem(text, x, end + 1, itemEnd(text, end + 1, se), undefined);
    if (after === undefined || !startsWithStage(text, after) || !fits(x, anchor, after)) break;
    items.push(after);
    last = after;
  }
  if (items.length < 2 || new Set(items.map((i) => i.stage)).size < items.length) return undefined;
  if (totalBefore(text, x, ctx.words, items[0]!)) return undefined;
  return summed(index, x, ctx, items);
}

/** The stages' figures added, quoted from the first stage's clause to the last figure. */
function summed(index: TextIndex, x: FactExtractor, ctx: ClaimContext, items: StageItem[]): FactMatch | undefined {
  const total = figuresSum(
    x,
    items.map((i) => i.figure),
  );
  if (total === undefined) return undefined;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const end = last.figure.index + last.figure[0].length;
  const cs = index.clause(first.figure.index)[0];
  const q = quote(index, cs, end, first.figure.index, end, total.approximate, `${items.length}项相加`);
  return new Match(total.value, first.figure.index, ctx, cs, first.figure.index, q);
}

/**
 * The stage item in [from, to): its last stage word before a figure of the fact, and that figure (at `figureAt` when
 * given) ending the item.
 */
function stageItem(
  text: string,
  x: FactExtractor,
  from: number,
  to: number,
  figureAt: number | undefined,
): StageItem | undefined {
  let stage: string | undefined;
  let stageAt = -1;
  for (let k = 0; k < x.stageParts.length; k++) {
    const word = x.stageParts[k]!;
    const at = lastIndexIn(text, word, Math.max(from, stageAt + 1), figureAt ?? to);
    if (at >= 0) {
      stage = word;
      stageAt = at;
    }
  }
  if (stage === undefined) return undefined;
  const figure = nextValue(x.valueSticky!, text, stageAt + stage.length, to);
  // the figure a cue read is the one after the stage word (an approximation word may open it: 约52件)
  if (
    figure === null ||
    (figureAt !== undefined && (figureAt < figure.index || figureAt >= figure.index + figure[0].length))
  )
    return undefined;
  // the figure ends its item: nothing but blanks after it
  if (text.slice(figure.index + figure[0].length, to).trim() !== '') return undefined;
  const words = text.slice(stageAt + stage.length, figure.index).trim();
  return { start: from, stage, stageAt, figure, words };
}

/**
 * Whether a stage item other than the one a cue read counts the same thing: its words between stage and figure are
 * none, or those of the cue's item (二审案件17件 after 一审案件52件), or name the fact by a cue (二审改判…败诉1件);
 * 一审败诉3件、二审维持2件 counts two things.
 */
function fits(x: FactExtractor, anchor: StageItem, item: StageItem): boolean {
  return item.words === '' || anchor.words.includes(item.words) || namesFact(x, item.words, false, false);
}

/**
 * Whether the first stage follows a total of its own: a figure of the fact, a breakdown word (其中) or an opening
 * bracket before its stage word in its item (全区行政诉讼案件86件（一审64件…).
 */
function totalBefore(text: string, x: FactExtractor, w: ClaimWords, first: StageItem): boolean {
  const before = text.slice(first.start, first.stageAt);
  if (nextValue(x.valueSticky!, before, 0, before.length) !== null) return true;
  if (holdsAny(before, BRACKETS)) return true;
  return w.breakdown.last(text, first.start, first.stageAt) !== undefined;
}
const BRACKETS = ['（', '('];

const startsWithStage = (text: string, item: StageItem): boolean => text.slice(item.start, item.stageAt).trim() === '';

/**
 * Whether a list's items part at p: a comma or an enumeration comma (not a semicolon: that starts a statement; not a
 * thousands separator, 1,203).
 */
function isItemMark(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c === 0x3001) return true;
  if (c !== 0xff0c && c !== 0x2c) return false;
  return !(isDigitCode(text.charCodeAt(p - 1)) && isDigitCode(text.charCodeAt(p + 1)));
}

function itemStart(text: string, floor: number, at: number): number {
  let p = at - 1;
  while (p >= floor && !isItemMark(text, p)) p--;
  return p + 1;
}

function itemEnd(text: string, from: number, ceiling: number): number {
  let p = from;
  while (p < ceiling && !isItemMark(text, p)) p++;
  return p;
}
