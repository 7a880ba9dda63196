import { type BodyName, placeTitle } from './authority.js';
import type { Line } from './header-lines.js';

/*
 * The lines a web page or a joint issuer sets above a report that name someone other than the reporter: a site's name
 * (某县人民政府 over 某乡2024年…报告) and a party committee alone on its line (中共某街道工作委员会 over the 办事处).
 */

/** A title or line about the rule of law's building (法治政府建设, 法治建设): a place's report when it names a place. */
export const RULE_OF_LAW_REPORT = /法治(?:政府)?[”"’]?建设/u;

/**
 * The first line with text, by index (read once a document, this runs unoptimised for hundreds of documents): not a
 * joint issuer's party committee alone on its line (中共某区某街道工作委员会 over 某区人民政府某街道办事处: the line after).
 */
export function firstNameLine(header: Line[]): Line | undefined {
  for (let k = 0; k < header.length; k++)
    if (header[k]!.text.length > 0 && !PARTY_LINE.test(header[k]!.text)) return header[k];
  return undefined;
}

/** Whether a title is a place's 法治政府建设 report (某乡2024年…报告) whose place the body's name does not hold. */
export function namesOtherPlace(name: BodyName, title: string): boolean {
  const place = RULE_OF_LAW_REPORT.test(title) ? placeTitle(title) : undefined;
  return place !== undefined && !name.authority.includes(place.region ?? place.authority);
}

/** A line naming only a party committee (中共某县委, 中共某街道工作委员会, 中共某局党组). */
const PARTY_LINE = /^中共[^\s　]{2,28}(?:委员会|工委|党委|党组|县委|区委|市委|镇委|乡委)$/u;
