/*
 * Split cues (执法人员…培训, 述职…述法): a cue's two words, the most characters between them, and the word the cue
 * scanner looks for.
 */

/** A cue's words — one, or the two of a split cue (执法人员…培训) — and the word the scanner looks for. */
export interface CueParts {
  first: string;
  second?: string;
  anchor: string;
}

export function partsOf(cue: string): CueParts {
  const [first, second] = splitCue(cue);
  return second === undefined ? { first, anchor: cueAnchor(cue) } : { first, second, anchor: cueAnchor(cue) };
}

/** The mark that splits a value cue into two words in order in one clause (执法骨干…培训). */
export const CUE_GAP_MARK = '…';
/** At most this many characters between the two words of a split cue (述职报告中就履行法治建设职责情况专门述法). */
export const CUE_GAP = 20;

/** A cue's words: one, or the two sides of 执法骨干…培训. */
export function splitCue(cue: string): [string, string?] {
  const i = cue.indexOf(CUE_GAP_MARK);
  return i < 0 ? [cue] : [cue.slice(0, i), cue.slice(i + CUE_GAP_MARK.length)];
}

/** The word of a cue the scanner looks for: the cue itself, or the longer (rarer) side of a split cue (通报 in 被…通报). */
export function cueAnchor(cue: string): string {
  const [first, second] = splitCue(cue);
  return second !== undefined && second.length > first.length ? second : first;
}

/** Whether each of `parts` (words, or a string's characters) stands in `whole` after the one before it. */
export function standInOrder(whole: string, parts: Iterable<string>): boolean {
  let from = 0;
  for (const part of parts) {
    const at = whole.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
