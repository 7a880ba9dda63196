import { standInOrder } from './split-cues.js';
import type { ClaimWords } from './claim-words.js';

/**
 * A reporter whose name holds a scope word before its own noun (县人民政府办公室, 县委宣传部): that word followed by
 * the noun names the reporter (以县政府办公室名义印发…3件), not the government. `word` is the scope word without 人民,
 * so 县政府办公室 and 县人民政府办公室 are one name, while 县委办公室 or a city's 市政府办公室 is another body.
 */
export interface SelfName {
  word: string;
  noun: string;
}

/** The reporter's SelfName, when a scope word stands in its name with more of the name after it; else undefined. */
export function selfNameOf(w: ClaimWords, authority: string | undefined): SelfName | undefined {
  if (authority === undefined) return undefined;
  const hit = w.scopeWords.last(authority, 0, authority.length);
  if (hit === undefined) return undefined;
  const noun = authority.slice(hit.at + hit.word.length);
  return noun.length > 0 ? { word: withoutRenmin(hit.word), noun } : undefined;
}

/** Whether the scope word at `at` opens a name of the reporter's (县政府办公室 in 某县人民政府办公室's report). */
export function namesSelf(self: SelfName, text: string, at: number, word: string): boolean {
  return text.startsWith(self.noun, at + word.length) && withoutRenmin(word) === self.word;
}

/** Whether a body's name ends the reporter's, 人民 left out of both (镇政府 in 白水镇人民政府's report). */
export function endsOwnName(name: string, authority: string | undefined): boolean {
  if (authority === undefined) return false;
  return authority.endsWith(name) || withoutRenmin(authority).endsWith(withoutRenmin(name));
}

/** 县人民政府 and 县政府 name one body. */
const withoutRenmin = (word: string) => word.replace('人民', '');

/**
 * Whether a two-character name is the reporter's short name: its level and the last character of its name (区局 in
 * 国家税务总局洛河区税务局's report, 县局 in a county bureau's). The caller keeps out a tier above (市局 in a county's).
 */
export function shortSelfName(name: string, authority: string | undefined): boolean {
  if (authority === undefined || name.length !== 2 || !authority.endsWith(name[1]!)) return false;
  return authority.lastIndexOf(name[0]!, authority.length - 2) > 0;
}

/**
 * Whether a bare name (县人社局, 区卫健委) is the reporter's own whole name shortened (青崖县人力资源和社会保障局, 莨阳区卫
 * 生健康委员会): its level is the last of that word in the reporter's name, and its body shortens the body after it.
 */
export function abbreviatesOwn(bare: string, authority: string | undefined): boolean {
  if (authority === undefined || bare.length < 3) return false;
  const at = authority.lastIndexOf(bare[0]!);
  return at > 0 && shortensBody(bare.slice(1), authority.slice(at + 1));
}

/**
 * Whether a short body name's characters stand in the whole body's in order, ending alike (人社局 of 人力资源和社会保障
 * 局; a commission's 委 ends its 委员会: 卫健委 of 卫生健康委员会), the whole longer.
 */
export function shortensBody(short: string, body: string): boolean {
  return short.length >= 2 && short.length < body.length && endsAlike(short, body) && standInOrder(body, short);
}

/** The short name's last character is the whole one's, or its 委 is the whole one's 委员会. */
const endsAlike = (short: string, whole: string): boolean =>
  short.at(-1) === whole.at(-1) || (short.endsWith(COMMISSION_SHORT) && whole.endsWith(COMMISSION));
const COMMISSION_SHORT = '委';
const COMMISSION = '委员会';

/**
 * Whether the whole name is the short one with the government it belongs to named inside (蘩城区人民政府花桥街道办事处
 * for 蘩城区花桥街道办事处): a street office's formal name.
 */
export function withItsGovernment(short: string, whole: string): boolean {
  const at = whole.indexOf(GOVERNMENT);
  return (
    at > 0 &&
    at + GOVERNMENT.length < whole.length &&
    whole.slice(0, at) + whole.slice(at + GOVERNMENT.length) === short
  );
}

const GOVERNMENT = '人民政府';
const OFFICE = '办公室';

/**
 * Whether a named body's short name (经开区管委会) is the whole signed one's (蘅川经济技术开发区管理委员会): its characters
 * stand in the whole name in order, ending alike, the whole longer.
 */
export function shortFormOf(short: string, whole: string): boolean {
  // (办 is 办公室 shortened: 县委依法治县办 of 中共某县委全面依法治县委员会办公室)
  const alike = endsAlike(short, whole) || (short.endsWith('办') && whole.endsWith(OFFICE));
  return short.length < whole.length && alike && standInOrder(whole, short);
}

/**
 * Whether a bare name is the short form of a whole one (县人社局 of 青崖县人力资源和社会保障局, 县市场监管局 of
 * 某县市场监督管理局): its level is the place's suffix, and its body's characters stand in the whole body's in order,
 * ending alike.
 */
export function abbreviates(bare: string, whole: string, region: string): boolean {
  if (bare[0] !== region[region.length - 1]) return false;
  return shortensBody(bare.slice(1), whole.slice(whole.indexOf(region) + region.length));
}
