import { pastItemMark } from './item-mark.js';
import { pastBlanks } from './line-spans.js';
import type { TextIndex } from './text-index.js';

/**
 * Where the colon after a label of `length` characters at `at` stands — the label opening its clause, past an item's
 * mark and blanks (5. 法律顾问：; 2. 普法：; not 学校法律顾问：, whose value is the schools') — else -1. A line so labelled
 * tells its value after the colon (labelled-value-cues.ts, topic-labels.ts).
 */
export function labelColon(index: TextIndex, at: number, length: number): number {
  const text = index.text;
  const colon = pastBlanks(text, at + length);
  const ch = text.charCodeAt(colon);
  if (ch !== 0xff1a && ch !== 0x3a) return -1;
  return pastBlanks(text, pastItemMark(text, pastBlanks(text, index.clause(at)[0]))) === at ? colon : -1;
}
