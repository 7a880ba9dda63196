import { HAN, isHanUnit } from './han.js';
import type { ReportLevel, ReportRole } from '../model/report.js';
import type { VocabularyFile } from '../model/vocabulary.js';
import { endingWord, roleOf, roleWords } from './role-endings.js';
import { lowestPlaceStart, noPlace, opensOrdinaryWord, ordinaryWordAt, placeSuffix } from './place-suffixes.js';
import { functionWordInName } from './place-suffixes.js';
import { branchOf, PARTY, partyGroupOf } from './name-tails.js';
import type { BodyName } from './body-name.js';

export type { BodyName } from './body-name.js';

/** A scope word where a place would stand (全县, 我区, 本镇, 各乡). */
export const SCOPE_PLACE = /^[全我本该各][县区市镇乡省州旗]$/u;
/** A preposition, a pronoun or a copula: a sentence (我们大队是县农业农村局下面的…), never a place name. */
export const NOT_IN_PLACE = /[在的对按向我们是]/u;
/**
 * Characters of a body, never of a place name: a place does not contain 局, 政府 or an arm's 大队, nor 中心 — but 中
 * alone names many places (中原区, 渝中区, 市中区).
 */
export const BODY_CHARS = /[局厅委办府院所室处会署部司队]|中心/u;
/** Whether `s` names a body's kind (局, 政府, 中心 …), the topic's 政府 (…法治政府建设…) not counted. */
export const namesBodyKind = (s: string): boolean => BODY_CHARS.test(s.replace(TOPIC_GOVERNMENT, ''));
const TOPIC_GOVERNMENT = /法治政府/gu;
const MAX_NAME = 30;

/** Whether every character of `name` is Han: unit by unit, and a surrogate pair as the code point it is. */
function allHan(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return [...name].every((ch) => HAN.test(ch));
    if (!isHanUnit(c)) return false;
  }
  return true;
}

/**
 * A whole name read as place + body, or undefined when it is not one: the place ends in an
 * administrative suffix and holds no body characters; the body ends in a role word. Of the
 * possible places the longest wins (南昌市红谷滩区司法局 → 南昌市红谷滩区), skipping suffix
 * characters inside words (某县市场监督管理局 → 某县). `bare`: the name opens with a level alone
 * (县司法局, 镇政府), as bodies call themselves inside their own county or town.
 */
export function parseBodyName(name: string, vocabulary: VocabularyFile, bare = false): BodyName | undefined {
  if (name.length > MAX_NAME || !allHan(name)) return undefined;
  const role = roleOf(name, vocabulary);
  if (!role) return undefined;
  if (bare) return parseBareName(name, role);
  // 中共某县委… : the party prefix is not part of the place; nor is a vertical system's head office
  // (国家税务总局长岭县税务局: the 长岭县 bureau of the 国家税务总局), nor the youth league's (共青团某县委员会)
  const party = name.startsWith(PARTY);
  const from = party ? PARTY.length : name.startsWith(LEAGUE) ? LEAGUE.length : headOfficeEnd(name);
  for (let p = name.length - 1; p >= from + 2; p--) {
    const place = name.slice(from, p);
    const suffix = placeSuffix(place);
    if (!suffix || BODY_CHARS.test(place)) continue;
    // (自治区人民政府: a level, as 县 in 县人民政府, no place)
    if (ordinaryWordAt(name, p - 1) || noPlace(place)) continue;
    // 全县, 我区, 本镇 name a region, not a place: 全县法律援助中心 is the county's centre; a place holds no
    // preposition (龙潭乡在县委依法治县办的指导下: 龙潭乡 and then a sentence)
    if (SCOPE_PLACE.test(place) || NOT_IN_PLACE.test(place) || NOT_IN_PLACE.test(name[p]!)) continue;
    // nor a verb's 于 (得益于县委…), nor does a body's own name hold 在 (锦州市卫健委在市委市政府…: a sentence running on)
    if (functionWordInName(place) || name.includes('在', p)) continue;
    // the role word lies in the body, or starts with the place's suffix (某镇 + 人民政府 ends in 镇人民政府)
    const roleStart = name.length - role.word.length;
    if (roleStart < p - suffix[0].length) continue;
    // a body names what it is (公安局), not a bare 局; 中共某镇委员会 is a party committee, no government body
    if (name.length - p < 2 || (party && role.word === '委员会' && partyCommittee(name, p))) continue;
    // a place named within the ones above it (溱阳市沭湾区人民政府, 某省某市司法局): the region is the lowest
    const lower = lowestPlaceStart(place);
    const found: BodyName = {
      authority: name,
      region: zoneOf(place.slice(lower)),
      role: role.role,
      roleWord: role.word,
    };
    if (from + lower > 0) found.regionOffset = from + lower;
    if (suffix[1]) found.level = suffix[1];
    return found;
  }
  return undefined;
}

/**
 * A zone named within its county (菀城县经济开发区, 葭阳区高新区, 荪溪县边境经济合作区, 某县某山风景名胜区, 某县某湖旅游度假区): the
 * county, whose part it is; a zone named alone (澥川经济开发区) is its own place.
 */
function zoneOf(place: string): string {
  const zone = ZONES.find((z) => place.endsWith(z));
  if (zone === undefined) return place;
  for (let p = place.length - zone.length; p >= 2; p--) {
    const county = place.slice(0, p);
    if (placeSuffix(county) !== undefined && !BODY_CHARS.test(county)) return county;
  }
  return place;
}
const ZONES = ['开发区', '高新区', '合作区', '试验区', '示范区', '保税区', '名胜区', '度假区', '旅游区', '保护区'];

/**
 * Whether a party name's rest from `p` is a committee of places only (中共某县 + 委员会; 中共云岭县 + 石门乡委员会; a
 * street's 中共某区长乐街道 + 工作委员会): the township's or county's party committee, no government body.
 */
function partyCommittee(name: string, p: number): boolean {
  const rest = name.slice(p, name.length - PARTY_COMMITTEE.length);
  const place = rest.endsWith(WORKING) ? rest.slice(0, -WORKING.length) : rest;
  return place === '' || (placeSuffix(place) !== undefined && !BODY_CHARS.test(place));
}

const PARTY_COMMITTEE = '委员会';
/** A party working committee (党工委) of a street or a zone: 工作委员会. */
const WORKING = '工作';

/** Where a vertical system's head office opening the name ends (国家税务总局 + 长岭县税务局), or 0. */
function headOfficeEnd(name: string): number {
  const at = name.indexOf(HEAD_OFFICE);
  return at > 0 && at + HEAD_OFFICE.length < name.length - 2 ? at + HEAD_OFFICE.length : 0;
}

const HEAD_OFFICE = '总局';
/** The youth league's prefix (共青团某县委员会: a 群团 body); the party's is in name-tails.ts. */
const LEAGUE = '共青团';

/** Whether `s` ends with one of the words. */
export function endsWithAny(s: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (s.endsWith(words[k]!)) return true;
  return false;
}

/**
 * Where the first partner word (联合, 配合) before a body named by its level (联合县司法局; not 妇女联合会) starts in s's
 * first `run` characters, else run.
 */
function beforePartner(s: string, run: number, partners: readonly string[]): number {
  let cut = run;
  for (let k = 0; k < partners.length; k++) {
    const word = partners[k]!;
    for (let i = s.indexOf(word); i >= 0 && i < cut; i = s.indexOf(word, i + 1)) if (partnerBefore(s, i, word)) cut = i;
  }
  return cut;
}

/** Whether the partner word at i stands right before a level word (联合县司法局, 配合区法院, 会同市局). */
export function partnerBefore(s: string, i: number, word: string): boolean {
  return PARTNER_LEVEL.test(s.charAt(i + word.length));
}

/** A partner body's first character: its level (县司法局, 区法院, 市局). */
const PARTNER_LEVEL = /[县区市州旗省镇乡]/u;

/**
 * The body named at the start of `s` (a title, a clause, a signature line): the shortest run of
 * Chinese characters that reads as a whole name, extended over the words that continue a name
 * (人民政府 + 办公室, 卫生健康委 + 员会) but not over the sentence that follows (夏县司法局在县委…).
 */
export function nameAtStart(s: string, vocabulary: VocabularyFile, bare = false): BodyName | undefined {
  const words = roleWords(vocabulary);
  let run = 0;
  while (run < s.length && run < MAX_NAME && isHanUnit(s.charCodeAt(run))) run++;
  // no name runs across a partner word (县科协配合县司法局开展…: not a body named 县科协配合县司法局)
  run = beforePartner(s.slice(0, run + 1), run, vocabulary.partners ?? []);
  for (let e = 2; e <= run; e++) {
    if (!words.byLast.has(s.charCodeAt(e - 1))) continue;
    let found = parseBodyName(s.slice(0, e), vocabulary, bare);
    if (!found) continue;
    for (let grown = true; grown; ) {
      grown = false;
      for (let e2 = e + 1; e2 <= Math.min(run, e + 6); e2++) {
        if (!words.byLast.has(s.charCodeAt(e2 - 1))) continue;
        const longer = s.slice(0, e2);
        const w = endingWord(words, longer);
        // continues the name: a role word that overlaps its ending, or a compound one right after it
        if (!w || !(e2 - w[0].length < e || (e2 - w[0].length === e && w[0].length >= 2))) continue;
        const next = parseBodyName(longer, vocabulary, bare);
        if (next) {
          found = next;
          e = e2;
          grown = true;
          break;
        }
      }
    }
    return partyGroupOf(officeOf(found, s.slice(e, run), vocabulary) ?? branchOf(found, s.slice(e, run)), s, run);
  }
  return undefined;
}

/**
 * A government's office named after it (石桥区人民政府 + 南岭街道办事处, as a street office's full name gives the
 * government it is sent out by; 望川区人民政府 + 金融工作办公室): the office is the body, its place within the government's.
 */
function officeOf(found: BodyName, rest: string, vocabulary: VocabularyFile): BodyName | undefined {
  if (found.role !== 'government' || found.region === undefined || rest.length === 0) return undefined;
  const office = nameAtStart(rest, vocabulary);
  if (office !== undefined && office.role === 'township' && office.region !== undefined)
    return { ...office, authority: found.authority + office.authority, region: found.region + office.region };
  // 望川区人民政府 + 金融工作办公室: one of the government's own offices, a department of its place; when the title's
  // words run on after it (嶓源地区行政公署 + 交通运输局 + 法治建设工作报告; …外事办公室关于…): the shortest such name
  const name = rest.length <= MAX_OFFICE && roleOf(rest, vocabulary) ? rest : officeAtStart(rest, vocabulary);
  const role = name !== undefined ? roleOf(name, vocabulary) : undefined;
  if (name === undefined || role?.role !== 'department' || name.length === role.word.length) return undefined;
  return { ...found, authority: found.authority + name, role: 'department', roleWord: role.word };
}

/** The shortest start of `rest`, within MAX_OFFICE, ending in a department's role word (交通运输局), if any. */
function officeAtStart(rest: string, vocabulary: VocabularyFile): string | undefined {
  for (let e = 2; e <= MAX_OFFICE; e++) {
    const role = roleOf(rest.slice(0, e), vocabulary);
    if (role?.role === 'department' && e > role.word.length) return rest.slice(0, e);
  }
  return undefined;
}

/** How long a government's office's own name after the government's may be (金融工作办公室, 外事办公室). */
const MAX_OFFICE = 10;

/**
 * A title that names its body by level and role alone (县自然资源局2024年度法治政府建设情况报告): the name,
 * read as `nameAtStart` reads a bare one, ends right before the year (or 关于). No place is named, so no region.
 */
export function bareNameAtStart(s: string, vocabulary: VocabularyFile): BodyName | undefined {
  const name = nameAtStart(s, vocabulary, true);
  return name && YEAR_OR_ABOUT.test(s.slice(name.authority.length)) ? name : undefined;
}

const YEAR_OR_ABOUT = /^(?:(?:19|20)\d{2}|[１２][０-９]{3}|关于)/u;

/**
 * A title that names only a place before its year (关于凤岗市2025年度…的报告, 白水镇2024年…报告, 某街道关于2025年度…) or,
 * its year read off before it, before its subject (2024年度长寿路街道法治政府建设情况报告): a place's report is its
 * government's — a 镇 / 乡 / 街道's is the township's. The role and level are inferred; no body is named.
 */
export function placeTitle(s: string): BodyName | undefined {
  const year = s.search(/(?:19|20)\d{2}|[１２][０-９]{3}/u);
  const end = year >= 0 ? year : s.search(SUBJECT_AFTER_PLACE);
  if (end < 2 || end > MAX_NAME) return undefined;
  return placeName(s.slice(0, end).replace(ABOUT_AFTER_PLACE, ''));
}
const SUBJECT_AFTER_PLACE = /法治|依法/u;
const ABOUT_AFTER_PLACE = /关于$/u;

/**
 * A line that is nothing but a place (青山区东湖街道 over the title 关于二〇二四年法治政府建设工作情况的报告): the
 * place's report, as with a title naming only a place; undefined for anything else.
 */
export function placeLine(s: string): BodyName | undefined {
  return s.length >= 2 && s.length <= MAX_NAME ? placeName(s) : undefined;
}

/** A place's government (a 镇 / 乡 / 街道's: the township), inferred from the place alone. */
function placeName(place: string): BodyName | undefined {
  const suffix = allHan(place) && !BODY_CHARS.test(place) ? placeSuffix(place) : undefined;
  if (!suffix || noPlace(place)) return undefined;
  // a town's region is its county, which the title does not name
  if (suffix[1] === 'township')
    return { authority: place, level: 'township', role: 'township', roleWord: suffix[0], placeOnly: true };
  // a place named within the ones above it (重庆市铜梁区2023年…报告): the region is the lowest
  const lower = lowestPlaceStart(place);
  const found: BodyName = {
    authority: place,
    region: place.slice(lower),
    role: 'government',
    roleWord: suffix[0],
    placeOnly: true,
  };
  if (lower > 0) found.regionOffset = lower;
  if (suffix[1]) found.level = suffix[1];
  return found;
}

/**
 * The levels a bare name opens with: the level alone stands for the body's own county or town (or province: 省司法厅,
 * 自治区人民政府); a 市 for its city, prefecture-level or county-level, which the name does not say (市司法局: its
 * role, no level).
 */
function parseBareName(name: string, role: { role: ReportRole; word: string }): BodyName | undefined {
  const levelWord = bareLevelWord(name);
  if (levelWord === undefined || opensOrdinaryWord(name)) return undefined;
  const level = BARE_LEVELS.get(levelWord);
  const body = name.slice(levelWord.length);
  // a body names what it is (县司法局), not a bare 局 (县局); a commission's short name ends in its own 委 (市卫健委)
  if (body.length < 2 || JOINT_BODIES.test(body.slice(0, body.length - role.word.length))) return undefined;
  // a town has no departments of its own: its offices (镇综合行政执法办公室) speak for its government
  const townOffice = level === 'township';
  const found: BodyName = { authority: name, role: townOffice ? 'township' : role.role, roleWord: role.word };
  if (level) found.level = level;
  return found;
}

/** The level word a bare name opens with, the longest (自治区人民政府: 自治区, not 自). */
function bareLevelWord(name: string): string | undefined {
  for (const w of BARE_LEVELS.keys()) if (w.length > 1 && name.startsWith(w)) return w;
  return BARE_LEVELS.has(name[0]!) ? name[0] : undefined;
}

const BARE_LEVELS = new Map<string, ReportLevel | undefined>([
  ['县', 'county'],
  ['区', 'county'],
  ['旗', 'county'],
  ['市', undefined],
  ['镇', 'township'],
  ['乡', 'township'],
  // (a 州 is prefecture-level; 自治区 and 省 name a province's own bodies: 自治区人民政府, 省司法厅)
  ['州', 'city'],
  ['自治州', 'city'],
  ['自治县', 'county'],
  ['自治区', 'province'],
  ['省', 'province'],
]);

/** 县委县政府 / 镇党委政府 name the party committee and the government together, not one body (委员会 is one). */
const JOINT_BODIES = /委(?!员会)/u;

/** A bare name (县人力资源和社会保障局, 区政府, 镇人民政府): its role and level, no region. */
