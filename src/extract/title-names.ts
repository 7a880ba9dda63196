import { placeTitle, type BodyName } from './authority.js';
import type { Line } from './header-lines.js';
import { placeAtStart } from './place-subjects.js';

/*
 * What a title adds to the body a report names: the township after its county's government's name, the place of a
 * body named by its level alone.
 */

/**
 * A township named after its county's government, as its formal name runs (某区人民政府某街道办事处: the sub-district's
 * office is the government's agency): a title shortening it to the place (重庆市某区人民政府两路街道关于2023年度…的报告)
 * is the township's report, not the government's. Undefined unless a government's name is followed right away by a
 * township's place.
 */
export function townshipAfterGovernment(found: {
  name: BodyName;
  line: Line;
}): { name: BodyName; line: Line } | undefined {
  const { name, line } = found;
  if (name.role !== 'government' || !line.text.startsWith(name.authority)) return undefined;
  const place = placeAtStart(line.text.slice(name.authority.length));
  if (place === undefined || place.level !== 'township') return undefined;
  return {
    name: {
      authority: name.authority + place.authority,
      region: (name.region ?? '') + place.authority,
      level: 'township',
      role: 'township',
      roleWord: place.roleWord,
    },
    line,
  };
}

/**
 * A body named by its level alone in the opening (区政府坚持…) under a title naming only a place of that level
 * (苈州市蓼湾区2021年法治政府建设情况报告): the title's place is its region — the name stays as the text writes it.
 */
export function withTitlePlace(found: { name: BodyName; line: Line }, title: Line): { name: BodyName; line: Line } {
  const { name } = found;
  if (name.region !== undefined || name.placeOnly || name.level === undefined) return found;
  const place = placeTitle(title.text);
  if (place?.region === undefined || place.level !== name.level) return found;
  return { name: { ...name, region: place.region }, line: found.line };
}
