/**
 * An exact set of UTF-16 units as a 64 KB table, for the few fixed character sets the hottest
 * loops test every character of a window against (is there a numeral here?): one indexed read,
 * where `Set#has` hashed each character. Only for fixed sets: a table per pack word list would
 * cost 64 KB each (char-filter.ts is the small, inexact kind for those).
 */
export class CodeSet {
  private readonly table = new Uint8Array(65536);

  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) this.table[chars.charCodeAt(i)] = 1;
  }

  has(c: number): boolean {
    return this.table[c] === 1;
  }
}
