import type { ClaimWords } from './claim-words.js';

/**
 * Whether the clause [cs, at) names a body together with the units under it, as one subject of a coverage claim
 * (镇政府及23个村全部配备法律顾问, 实现街道和所辖7个社区法律顾问全覆盖, 局机关及所属3个二级单位均聘请): a body word
 * (vocabulary ownWithUnits.bodies) right before a joining word. The units' words (村, 社区) then say what the
 * coverage takes in; the claim is not about the units alone, as "全镇12个村均配备村法律顾问" is.
 */
export function namesBodyWithUnits(w: ClaimWords, text: string, cs: number, at: number): boolean {
  const bodies = w.unitBodies;
  if (bodies.size === 0) return false;
  for (let i = cs; i < at; i++) {
    const body = bodies.at(text, i);
    if (body === undefined) continue;
    const end = i + body.length;
    if (end < at && w.unitJoiners.at(text, end) !== undefined) return true;
    // a body word read whole: 街道办事处 is not looked for again at 道
    i = end - 1;
  }
  return false;
}
