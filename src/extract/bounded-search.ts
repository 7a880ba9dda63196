/*
 * Searches that stop at the span a reader judges. `text.lastIndexOf(word, at)` runs back to the text's start when the
 * word is not near: called once per claim, that is the whole report per claim (a quote mark, a stage word, a 、 absent
 * from a report cost a full scan each time). These look only inside [from, end).
 */

/** Where the last `word` lying wholly inside [from, end) starts, or -1. */
export function lastIndexIn(text: string, word: string, from: number, end: number): number {
  const n = word.length;
  const first = word.charCodeAt(0);
  for (let i = Math.min(end, text.length) - n; i >= from && i >= 0; i--) {
    if (text.charCodeAt(i) === first && matchesAt(text, word, i, n)) return i;
  }
  return -1;
}

/** Where the first `word` lying wholly inside [from, end) starts, or -1. */
export function indexIn(text: string, word: string, from: number, end: number): number {
  const n = word.length;
  const first = word.charCodeAt(0);
  const last = Math.min(end, text.length) - n;
  for (let i = Math.max(from, 0); i <= last; i++) {
    if (text.charCodeAt(i) === first && matchesAt(text, word, i, n)) return i;
  }
  return -1;
}

function matchesAt(text: string, word: string, at: number, n: number): boolean {
  for (let k = 1; k < n; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}
