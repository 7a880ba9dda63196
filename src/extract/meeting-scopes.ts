import type { ClaimWords } from './claim-words.js';
import { GOVERNMENT, LEVEL_FIRST, STANDING_MEETING } from './scope-names.js';

/* Whose a standing meeting named in a claim is (scope.ts): the government's when a level names it, or when it acts. */

/**
 * Whether a standing meeting in the claim's clause is what acts in it (服务保障县政府常务会议专题研究法治政府建设3次; 列席县政府
 * 常务会议研究…): a handling verb before it takes the event, not the meeting's owner — unless a 的 after it makes the meeting a
 * modifier of the thing handled (对县政府常务会议审议的文件进行审查).
 */
export function meetingActs(w: ClaimWords, text: string, hit: { at: number; word: string }, at: number): boolean {
  if (w.scopeOf.get(hit.word) !== STANDING_MEETING) return false;
  for (let p = hit.at + hit.word.length; p < at; p++) if (text.charCodeAt(p) === DE) return false;
  return true;
}
const DE = 0x7684; // 的, looked for up to the claim only: to the text's end for every such hit would grow with the text

/** A standing meeting named after a level (县政府常务会议: 县 + 政府常务会议): the government's, whatever the reporter. */
export function levelledMeeting(w: ClaimWords, text: string, hit: { at: number; word: string }): string | undefined {
  return w.scopeOf.get(hit.word) === STANDING_MEETING && LEVEL_FIRST.test(text.charAt(hit.at - 1))
    ? GOVERNMENT
    : undefined;
}
