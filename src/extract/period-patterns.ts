import { escapeRegExp } from '../util/regexp.js';

/*
 * The vocabulary's period phrases as patterns (截至{m}月底, 1-{m}月, 前三季度): {m} a month, {d} a day, a dash any dash,
 * a digit not inside a longer number — and where each can start, so period.ts finds every list in one pass.
 */

const MONTH = '(?:(?<y>(?:19|20)\\d{2})\\s*年\\s*)?(?<m>\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DAY = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DASH = '[-－—–~～]';

/** The phrase's pieces as phrasePattern reads them: {m}, {d}, or one character. */
const tokensOf = (word: string) =>
  word.split(/(\{m\}|\{d\})/).flatMap((t) => (t === '{m}' || t === '{d}' ? [t] : [...t]));

const isDigitToken = (t: string | undefined) => t !== undefined && /\d/.test(t);
const isDashToken = (t: string) => /[-－—–~～]/.test(t);

/**
 * A pattern for the places the phrase can start, as phrasePattern writes it: its leading
 * literal characters (截至, 前三季度); or, when it starts with a numeral (a month, a day, 1-9月), its pattern up to
 * and through the first word or dash after the numerals (9月, 1-, 10至) — a lone digit or 一 is too common in a report
 * to stop at each. Undefined when the phrase may start with a blank (a dash).
 */
export function startPattern(word: string): string | undefined {
  const tokens = tokensOf(word);
  const first = tokens[0];
  if (first === undefined || isDashToken(first)) return undefined;
  const numeral = (t: string) => t === '{m}' || t === '{d}' || isDigitToken(t);
  if (numeral(first)) {
    const through = tokens.findIndex((t) => !numeral(t));
    return tokensPattern(tokens, through === -1 ? tokens.length : through + 1, undefined);
  }
  let lead = '';
  for (const t of tokens) {
    if (numeral(t) || isDashToken(t)) break;
    lead += escapeRegExp(t);
  }
  return lead;
}

/**
 * A vocabulary phrase as a pattern: {m} a month (maybe after a year), {d} a day, a dash any dash, a
 * digit not inside a longer number.
 */
export function phrasePattern(word: string, groupIndex: number): string {
  const tokens = tokensOf(word);
  return tokensPattern(tokens, tokens.length, groupIndex);
}

/**
 * The pattern of the phrase's first `count` tokens; a month's year and month are named groups (y<groupIndex>_<n>,
 * m<groupIndex>_<n>) unless groupIndex is undefined — a start pattern is one of many in one pattern, and names
 * there would repeat.
 */
function tokensPattern(tokens: string[], count: number, groupIndex: number | undefined): string {
  let month = 0;
  return tokens
    .slice(0, count)
    .map((t, i) => {
      if (t === '{m}') {
        if (groupIndex === undefined) return `${MONTH.replace('<y>', ':').replace('<m>', ':')}\\s*`;
        return `${MONTH.replace('<y>', `<y${groupIndex}_${month}>`).replace('<m>', `<m${groupIndex}_${month++}>`)}\\s*`;
      }
      if (t === '{d}') return `${DAY}\\s*`;
      if (isDashToken(t)) return `\\s*${DASH}+\\s*`;
      if (isDigitToken(t))
        return (isDigitToken(tokens[i - 1]) ? '' : '(?<!\\d)') + t + (isDigitToken(tokens[i + 1]) ? '' : '(?!\\d)\\s*');
      return escapeRegExp(t);
    })
    .join('');
}
