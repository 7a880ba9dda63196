import type { FactExtractor } from './compile.js';
import type { TextIndex } from './text-index.js';
import { SUM_WORDS } from './sum-words.js';
import { nextValue } from './value-patterns.js';

/*
 * A list of kinds, each with its own figure, joined by 、 (开展“民法典进小区”12场、“反诈宣传进社区”15场、“宪法宣传周”集中宣传4场):
 * no one item's figure is the fact's, whichever item a cue found.
 */

/**
 * Whether the figure at `at` ends an item of a 、 list in its clause whose other items each end in a figure too, one
 * of them naming the fact by one of its cues or context cues: the items are kinds of one thing, and a fact that does
 * not sum its statements takes none of them. A total after the list (…，合计20场) is read from its first part instead
 * (breakdowns.ts). Items that share only a head word (培训42人次、…培训36人次) are not judged: 应出庭41件、出庭40件 are
 * two facts.
 */
export function kindOfAList(index: TextIndex, x: FactExtractor, at: number): boolean {
  const text = index.text;
  const [cs, ce] = index.clause(at);
  const clause = text.slice(cs, ce);
  if (!clause.includes(ENUM_COMMA) || TOTAL_AFTER.test(text.slice(ce, index.sentence(at)[1]))) return false;
  const re = x.valueSticky!;
  const items: string[] = [];
  let own = -1;
  let itemStart = 0;
  for (let i = 0; i <= clause.length; i++) {
    if (i < clause.length && clause[i] !== ENUM_COMMA) continue;
    const item = clause.slice(itemStart, i);
    if (figureEnding(re, item) < 0) return false;
    if (cs + itemStart <= at && at < cs + i) own = items.length;
    items.push(item);
    itemStart = i + 1;
  }
  if (own < 0 || items.length < 2) return false;
  return items.some((item, k) => k !== own && namesFact(x, item));
}

const ENUM_COMMA = '、';
/** A total after the list: a sum word, a running total, or the items counted (两项, 三项). */
const TOTAL_AFTER = new RegExp([...SUM_WORDS, '累计', '两项', '三项'].join('|'), 'u');

/** Where the figure an item ends with starts (12场, 三十余场次), or -1 when the item does not end in one. */
function figureEnding(re: RegExp, item: string): number {
  for (let p = 0; p < item.length; p++) {
    const m = nextValue(re, item, p, item.length);
    if (!m) return -1;
    if (m.index + m[0].length === item.length) return m.index;
    p = m.index;
  }
  return -1;
}

/** Whether an item holds one of the fact's cues (both words of a split cue) or context cues (宣传进). */
function namesFact(x: FactExtractor, item: string): boolean {
  for (let k = 0; k < x.contextCues.length; k++) if (item.includes(x.contextCues[k]!)) return true;
  for (let k = 0; k < x.cueParts.length; k++) {
    const part = x.cueParts[k]!;
    const first = item.indexOf(part.first);
    if (first >= 0 && (part.second === undefined || item.indexOf(part.second, first + part.first.length) >= 0))
      return true;
  }
  return false;
}
