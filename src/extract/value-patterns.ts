import type { FactDefinition } from '../model/pack.js';
import { CodeSet } from './code-set.js';
import { CHINESE_NUMERAL_CHARS } from './numbers.js';
import { escapeRegExp } from '../util/regexp.js';

// The figures a fact's type reads (a percent, a count with its units, a number, a date) as regular
// expressions, and the cheap tests that say where none can begin.

/** Count units a number may carry when a fact names none of its own. */
export const DEFAULT_COUNT_UNITS = [
  '件',
  '宗',
  '份',
  '本',
  '起',
  '次',
  '人次',
  '场',
  '场次',
  '期',
  '人',
  '名',
  '个',
  '家',
  '条',
  '项',
  '篇',
  '批',
  '户',
  '所',
];
export const DEFAULT_MAX_GAP = 12;

const NUM = `(?:\\d{1,3}(?:[,，]\\d{3})+|\\d+(?:\\.\\d+)?)`;
const CN_MULTI = `[${CHINESE_NUMERAL_CHARS}]{2,}`;
const CN_ONE = `[${CHINESE_NUMERAL_CHARS}]`;
/** A Chinese decimal before a big unit (一点八万, 二点五千): read before CN_MULTI, which would take 八万 alone. */
const CN_DECIMAL = '[一二两三四五六七八九十]+点[〇零一二三四五六七八九]+[万千]';
/** Words that make a figure after them approximate (the patterns' `pre` group). */
const APPROX_WORDS = ['约', '近', '超过', '逾'];
const APPROX_BEFORE = `(?<pre>${APPROX_WORDS.join('|')})?\\s*`;

/**
 * Every character a value pattern's match (valuePattern) can begin with: an approximation
 * word's first, a blank (\s, after an empty `pre`), an Arabic digit or a Chinese numeral (百 of
 * 百分之 among them). Where none stands, no figure begins and the pattern need not be run.
 */
const VALUE_START = new RegExp(`^(?:[${APPROX_WORDS.map((w) => w[0]).join('')}]|\\s|\\d|[${CHINESE_NUMERAL_CHARS}])`);
/** VALUE_START by UTF-16 unit, filled in as units are met: 0 unknown, 1 yes, 2 no. */
const VALUE_START_UNITS = new Uint8Array(65536);

/** Whether a value pattern's match may begin at one of the positions [from, to). */
export function valueMayStartIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let known = VALUE_START_UNITS[c]!;
    if (known === 0) VALUE_START_UNITS[c] = known = VALUE_START.test(String.fromCharCode(c)) ? 1 : 2;
    if (known === 1) return true;
  }
  return false;
}

/**
 * The first match of a value pattern in `s` that starts in [from, until), as a global search from
 * `from` finds it (its leftmost match), with `sticky` the pattern's sticky twin: it is tried only
 * where a match may begin (VALUE_START), not at every character as a search does, each attempt
 * costing more than the look at a character.
 */
export function nextValue(sticky: RegExp, s: string, from: number, until: number): RegExpExecArray | null {
  for (let p = from; p < until; p++) {
    const c = s.charCodeAt(p);
    let known = VALUE_START_UNITS[c]!;
    if (known === 0) VALUE_START_UNITS[c] = known = VALUE_START.test(String.fromCharCode(c)) ? 1 : 2;
    if (known === 2) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(s);
    if (m) return m;
  }
  return null;
}

/** Where the value starting at `at` ends, its unit included (`sticky` the fact's value pattern); -1 when none starts there. */
export function valueEndAt(sticky: RegExp, s: string, at: number): number {
  const m = nextValue(sticky, s, at, at + 1);
  return m === null ? -1 : at + m[0].length;
}

/** Whether [from, to) holds a character every value pattern's match has: a digit or a Chinese numeral. */
export function valueCharIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || CHINESE_NUMERAL_CODES.has(c)) return true;
  }
  return false;
}
const CHINESE_NUMERAL_CODES = new CodeSet(CHINESE_NUMERAL_CHARS);

/**
 * The value regex of a fact type; group names: pre (approximation word), n (number), cn (Chinese
 * numeral), post, wan.
 */
export function valuePattern(def: FactDefinition): RegExp | undefined {
  switch (def.type) {
    case 'percent':
      // 95.8%, 百分之九十五点八, 九十五点八% and a share in tenths (九成八 → 98, 八成 → 80); a pattern's group names
      // must differ, so the last two take the count pattern's cn1 and cn1s, which parseMatch reads as cn
      return new RegExp(
        `${APPROX_BEFORE}(?:(?<n>${NUM})\\s*[%％]|百分之(?<cn>百|[${CHINESE_NUMERAL_CHARS}点]+)` +
          `|(?<cn1>[${CHINESE_NUMERAL_CHARS}点]+)\\s*[%％]|(?<cn1s>[一二三四五六七八九]成[一二三四五六七八九]?))`,
        'g',
      );
    case 'count': {
      const units = [
        ...new Set([
          ...(def.units ?? []),
          ...(def.unit && !def.units ? [def.unit] : []),
          ...(def.units ? [] : DEFAULT_COUNT_UNITS),
        ]),
      ]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|');
      // A one-character Chinese numeral is a count with 余/多 (三十余场次), or alone right after its cue
      // (纠错四件; the reader checks the distance); 一 alone only before a unit it forms no word with (变更一件,
      // 专题研究一次 — not 一起 / 一批 / 一次性 / 一次告知 / 一件事一次办).
      return new RegExp(
        `${APPROX_BEFORE}(?:(?<n>${NUM})\\s*(?<post>余|多)?\\s*(?<wan>万|千)?|(?<cn>${CN_DECIMAL}|${CN_MULTI})\\s*(?<post3>余|多)?` +
          `|(?<cn1>${CN_ONE})\\s*(?<post4>余|多)|(?<cn1s>[二两三四五六七八九十零〇]|一(?=[件宗卷份](?!事)|次(?![性办告到通])|[场人]次|[场期](?![\\u3400-\\u9fff]))))\\s*(?<post2>余|多)?\\s*(?:${units})`,
        'g',
      );
    }
    case 'number':
      return new RegExp(`${APPROX_BEFORE}(?<n>${NUM})`, 'g');
    case 'date':
      return /(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})/g;
    default:
      return undefined;
  }
}

/** Where each named group of a value pattern stands in a match of its numbered twin (0: the pattern has none). */
export interface ValueGroups {
  pre: number;
  n: number;
  cn: number;
  cn1: number;
  cn1s: number;
  post: number;
  post2: number;
  post3: number;
  post4: number;
  wan: number;
  date: number;
}

export const NO_VALUE_GROUPS: Readonly<ValueGroups> = {
  pre: 0,
  n: 0,
  cn: 0,
  cn1: 0,
  cn1s: 0,
  post: 0,
  post2: 0,
  post3: 0,
  post4: 0,
  wan: 0,
  date: 0,
};

/**
 * A value pattern with its groups numbered instead of named, and where each name went. A match
 * of a pattern with named groups carries a groups object V8 builds as a dictionary (a dozen
 * names: about 1 KB and twice the time of the match itself); figures are matched for every cue.
 */
export function numberedTwin(named: RegExp, flags: string): { re: RegExp; groups: ValueGroups } {
  const groups: ValueGroups = { ...NO_VALUE_GROUPS };
  let count = 0;
  // (?<= and (?<! are lookbehinds, not names: a name starts with a letter
  const source = named.source.replace(/\(\?<([A-Za-z]\w*)>/g, (_, name: keyof ValueGroups) => {
    if (!Object.hasOwn(groups, name)) throw new Error(`value pattern: unknown group ${name}`);
    groups[name] = ++count;
    return '(';
  });
  const re = new RegExp(source, flags);
  // every capturing group was a named one, so the numbers follow the names' order
  if (new RegExp(`${source}|`).exec('')!.length - 1 !== count) throw new Error('value pattern: an unnamed group');
  return { re, groups };
}

/** A group of a numbered twin's match, as m.groups[name] read it: undefined when it took no part or is not there. */
export function group(m: RegExpExecArray, at: number): string | undefined {
  return at === 0 ? undefined : m[at];
}
