import type { BodyName } from './body-name.js';

/*
 * What a title may name right after a body's whole name, making another reporter of it: a city bureau's branch or a
 * department's station (…市公安局 + 云溪分局, …市场监督管理局 + 蓼塘市场监管所), or the body's party group (中共…教育局 + 党组).
 */

/**
 * A city bureau's branch named after it (澜州市公安局 + 云溪分局, 江州市生态环境局 + 桐川分局; a 监管局 or 管理局 ending the name:
 * 澜州市市场监督管理局 + 云溪监管局): the branch is the body, serving
 * a county-level place the name does not give whole — so no region, and the county level.
 */
export function branchOf(found: BodyName, rest: string): BodyName {
  if (!found.authority.endsWith('局')) return found;
  const m = BRANCH.exec(rest);
  if (m) return { authority: found.authority + m[0], level: 'county', role: found.role, roleWord: found.roleWord };
  // a department's own station or squad named after it (漻阳县市场监督管理局 + 蓼塘市场监管所, 县公安局 + 城关派出所), or a
  // 司法局's office (蔺塘县司法局 + 苘埠司法所): the station reports, in its bureau's role and place
  const station = found.role === 'department' || found.role === 'judicial_bureau' ? STATION.exec(rest) : null;
  return station ? { ...found, authority: found.authority + station[0] } : found;
}

const BRANCH = /^\p{Script=Han}{1,6}?(?:分局|监管局|管理局)/u;
/**
 * A station, office or squad of a department, right after its name and ending the run of Han characters — the year
 * follows (…市场监管所2024年), or 关于.
 */
const STATION = /^\p{Script=Han}{1,8}?(?:所|站|中队|大队)(?=二〇|关于|$)/u;

/**
 * The party group of a body named after the party's prefix (中共某县教育局 + 党组: the 党组 reports; 中共某县教育局 alone
 * is no body): its whole name, the body's place and role.
 */
export function partyGroupOf(found: BodyName, s: string, run: number): BodyName {
  const e = found.authority.length;
  if (!found.authority.startsWith(PARTY) || !s.startsWith(found.authority) || run - e < 2) return found;
  const group = PARTY_GROUPS.find((g) => s.startsWith(g, e));
  return group === undefined ? found : { ...found, authority: found.authority + group };
}
const PARTY_GROUPS = ['党组', '党委'];

/** The party's prefix (中共某县委员会: a party committee; 中共某县教育局党组: a body's party group). */
export const PARTY = '中共';
