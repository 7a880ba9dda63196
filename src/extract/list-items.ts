import { nextValue } from './value-patterns.js';

/*
 * One item of a list of kinds as its figure is read (kind-lists.ts reads the list): the figure closing it, an aside in
 * brackets after it, or a name whose figure stands in the brackets.
 */

/**
 * An item as its figure is read: without an aside in brackets closing it (劳资纠纷90件（其中农民工欠薪纠纷43件）: a note on
 * its figure), or, with no figure before the bracket, with the bracket's figure its own (“宪法宣传周”（3场）, the closing
 * mark left off) — the last item closing the list with 等 and the noun it names (…（4场）等普法宣传活动); `named` when the
 * item is a name in quotation or title marks with its figure so in brackets.
 */
export function itemRead(written: string): { item: string; named: boolean } {
  const whole = closedByDeng(written);
  const bare = withoutClosingAside(whole);
  const inBracket = bare !== whole && !ANY_DIGIT.test(bare);
  return inBracket
    ? { item: whole.trimEnd().slice(0, -1), named: QUOTED_NAME.test(bare) }
    : { item: bare, named: false };
}

/** Any digit: an item with one before its closing bracket has its figure there, of this fact's unit or another's. */
const ANY_DIGIT = /[\d０-９]/u;

/** A name in quotation marks or title marks (“宪法宣传周”, 《民法典》宣讲). */
export const QUOTED_NAME = /[“"「『《][^”"」』》]{2,}[”"」』》]/u;

/** An item ending in a bracketed figure then 等 and the list's noun (“反诈进社区”（4场）等普法宣传活动): up to the bracket. */
function closedByDeng(item: string): string {
  const at = Math.max(item.lastIndexOf('）等'), item.lastIndexOf(')等'));
  return at > 0 ? item.slice(0, at + 1) : item;
}

/** The item without the bracketed aside that closes it, when one does. */
function withoutClosingAside(item: string): string {
  const t = item.trimEnd();
  if (!t.endsWith('）') && !t.endsWith(')')) return item;
  const open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
  return open > 0 ? t.slice(0, open) : item;
}

/**
 * The figure of the fact an item ends in (12场, 三十余场次), or that a figure of another unit follows (执法资格培训1期
 * 52人); undefined when the item ends otherwise.
 */
export function lastFigure(re: RegExp, item: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (let m = nextValue(re, item, 0, item.length); m; m = nextValue(re, item, m.index + m[0].length, item.length))
    last = m;
  if (last === undefined) return undefined;
  const end = last.index + last[0].length;
  return end === item.length || SECOND_FIGURE.test(item.slice(end)) ? last : undefined;
}

/** A figure of another unit closing an item after the fact's (…1期52人): digits and a unit of one or two characters. */
const SECOND_FIGURE = /^[\d０-９]+[^\d０-９\s，,；;。、（）()]{1,2}$/u;
