import { escapeRegExp } from '../util/regexp.js';

/*
 * The vocabulary's period phrases as patterns (截至{m}月底, 1-{m}月, 前三季度): {m} a month, {d} a day, a dash any dash,
 * a digit not inside a longer number — and where each can start, so period.ts finds every list in one pass.
 */

const MONTH = '(?:(?<y>(?:19|20)\\d{2})\\s*年\\s*)?(?<m>\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DAY = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DASH = '[-－—–~～]';
const NUMERAL_FIRSTS = '0123456789一二三四五六七八九十';

/** The phrase's pieces as phrasePattern reads them: {m}, {d}, or one character. */
const tokensOf = (word: string) =>
  word.split(/(\{m\}|\{d\})/).flatMap((t) => (t === '{m}' || t === '{d}' ? [t] : [...t]));

const isDigitToken = (t: string | undefined) => t !== undefined && /\d/.test(t);
const isDashToken = (t: string) => /[-－—–~～]/.test(t);

/**
 * A pattern for the places the phrase can start, as phrasePattern writes it: its leading
 * literal characters (截至, 前三季度), a lone digit (1-9月: no digit before it, and none after
 * unless the phrase has one), or any numeral (a month or day first). Undefined when the
 * phrase may start with a blank (a dash).
 */
export function startPattern(word: string): string | undefined {
  const tokens = tokensOf(word);
  const first = tokens[0];
  if (first === undefined || isDashToken(first)) return undefined;
  if (first === '{m}' || first === '{d}') return `[${NUMERAL_FIRSTS}]`;
  if (isDigitToken(first)) return `(?<!\\d)${first}${isDigitToken(tokens[1]) ? tokens[1] : '(?!\\d)'}`;
  let lead = '';
  for (const t of tokens) {
    if (t === '{m}' || t === '{d}' || isDigitToken(t) || isDashToken(t)) break;
    lead += escapeRegExp(t);
  }
  return lead;
}

/**
 * A vocabulary phrase as a pattern: {m} a month (maybe after a year), {d} a day, a dash any dash, a
 * digit not inside a longer number.
 */
export function phrasePattern(word: string, groupIndex: number): string {
  let month = 0;
  const tokens = tokensOf(word);
  return tokens
    .map((t, i) => {
      if (t === '{m}')
        return `${MONTH.replace('<y>', `<y${groupIndex}_${month}>`).replace('<m>', `<m${groupIndex}_${month++}>`)}\\s*`;
      if (t === '{d}') return `${DAY}\\s*`;
      if (/[-－—–~～]/.test(t)) return `\\s*${DASH}+\\s*`;
      if (/\d/.test(t))
        return (
          (/\d/.test(tokens[i - 1] ?? '') ? '' : '(?<!\\d)') + t + (/\d/.test(tokens[i + 1] ?? '') ? '' : '(?!\\d)\\s*')
        );
      return escapeRegExp(t);
    })
    .join('');
}
