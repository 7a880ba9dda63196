/* Where a line ends and where the text goes on past blanks: the small steps table and attachment readers share. */

/**
 * Where the line holding `from` ends: its line break, or the text's end. The last answer is kept: callers ask it for
 * figure after figure of one line, and a report written as one line would be searched to its end each time (quadratic).
 */
export function lineEnd(text: string, from: number): number {
  if (text === last.text && from >= last.from && from <= last.end) return last.end;
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  last.text = text;
  last.from = from;
  last.end = end;
  return end;
}
const last = { text: '', from: 0, end: -1 };

/** Past the spaces (ASCII or full-width) at `at`. */
export function pastBlanks(text: string, at: number): number {
  let p = at;
  while (p < text.length && isBlank(text.charCodeAt(p))) p++;
  return p;
}

/** Back past the spaces (ASCII or full-width) right before `at`: where they start, or `at` itself. */
export function beforeBlanks(text: string, at: number): number {
  let p = at;
  while (p > 0 && isBlank(text.charCodeAt(p - 1))) p--;
  return p;
}

/** Past the line breaks and spaces at `at`: to the next text, over blank lines. */
export function pastBlankLines(text: string, at: number): number {
  let p = at;
  while (p < text.length && (text.charCodeAt(p) === 0x0a || isBlank(text.charCodeAt(p)))) p++;
  return p;
}

const isBlank = (c: number) => c === 0x20 || c === 0x3000;

/**
 * Where the clause holding the character before `at` starts — after a comma, semicolon, colon, stop or line break — not
 * before `floor`.
 */
export function clauseStartBefore(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if ('，,；;：:。\n'.includes(text[i]!)) return i + 1;
  return floor;
}
