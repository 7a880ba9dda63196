/*
 * Where a document's title stands in the text (《…》): a cue wholly inside one names the document, not an act of the
 * reporter's (facts.yaml notInDocumentTitles).
 */

/** Whether [at, end) stands wholly inside one 《…》 on its line; a cue running out of it (《宪法》…宣传) does not. */
export function insideDocumentTitle(text: string, at: number, end: number): boolean {
  if (markBefore(text, at) !== TITLE_OPEN) return false;
  for (let p = end; p < text.length && p < end + TITLE_REACH; p++) {
    const c = text.charCodeAt(p);
    if (c === TITLE_CLOSE) return true;
    if (c === TITLE_OPEN || c === LINE_FEED) return false;
  }
  return false;
}

/** The nearest 《, 》 or line end before `at` within reach (its code), or -1. */
function markBefore(text: string, at: number): number {
  for (let p = at - 1; p >= 0 && p >= at - TITLE_REACH; p--) {
    const c = text.charCodeAt(p);
    if (c === TITLE_OPEN || c === TITLE_CLOSE || c === LINE_FEED) return c;
  }
  return -1;
}

const TITLE_OPEN = 0x300a; // 《
const TITLE_CLOSE = 0x300b; // 》
const LINE_FEED = 0x0a;
/** How far either side of a cue a title's marks are looked for: a document's title is rarely longer. */
const TITLE_REACH = 40;
