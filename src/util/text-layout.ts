import stringWidth from 'string-width';

/** Pads to a display width, counting CJK characters as two terminal columns. */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}
export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/**
 * The terminal columns a string takes, as string-width counts them. What fazhi prints is mostly
 * ASCII, CJK ideographs and their punctuation: each such code point is a grapheme of its own, one
 * column or two, counted here directly. Anything else (emoji, combining marks, controls …) goes to
 * string-width, whose grapheme segmenter costs a one-report `fazhi check` tens of milliseconds to start.
 */
export function displayWidth(s: string): number {
  let width = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) width += 1;
    else if (isWideSimple(c)) width += 2;
    else if ((c >= 0x2010 && c <= 0x2027) || c === 0xb7 || c === 0xd7)
      width += 1; // dashes, quotes, … · ×: ambiguous, narrow
    else return stringWidth(s);
  }
  return width;
}

/** CJK ideographs, CJK punctuation (not the emoji 〰 〽 nor the combining tone marks), full-width forms. */
const isWideSimple = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0x3400 && c <= 0x4dbf) ||
  (c >= 0x3000 && c <= 0x3029) ||
  (c >= 0x3031 && c <= 0x303c) ||
  (c >= 0xff01 && c <= 0xff60) ||
  (c >= 0xffe0 && c <= 0xffe6);
