import type { ClaimWords } from './claim-words.js';
import { isHanUnit } from './han.js';

/**
 * The enforcement arm a body's name runs on to (县林业局 + 执法大队, 县交通运输局 + 综合行政执法大队; vocabulary ownArms):
 * the arm is the subject, whose own report it may be (role-scope.ts: a reporter's own arm speaks for it). A verb
 * before the arm word makes it an object (县公安局组织执法队伍…): none.
 */
export function armAfter(w: ClaimWords, text: string, from: number): string {
  if (w.ownArms.size === 0) return '';
  let end = from;
  while (end < text.length && end - from < ARM_REACH && isHanUnit(text.charCodeAt(end))) end++;
  const arm = w.ownArms.find(text, from, end)[0];
  if (arm === undefined) return '';
  for (let i = from; i < arm.at; i++) if (w.activityVerbs.at(text, i) ?? w.handling.at(text, i)) return '';
  return text.slice(from, arm.at + arm.word.length);
}

/** How long the name of an arm after its body's may be (综合行政执法大队, 生态环境保护综合执法大队). */
const ARM_REACH = 14;
