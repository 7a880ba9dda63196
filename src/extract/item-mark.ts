/** An item number opening a line or sentence: 一是, 1., （一）, 一、 */
export const ITEM_MARK =
  /^(?:[一二三四五六七八九十]+是|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳])/u;

/** How many characters an item number takes at most (（十二）). */
const MARK_LENGTH = 5;

/** Where the text after an item number opening at `start` begins (start itself when none does). */
export function pastItemMark(text: string, start: number): number {
  const m = ITEM_MARK.exec(text.slice(start, start + MARK_LENGTH));
  return m ? start + m[0].length : start;
}
