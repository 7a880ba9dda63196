import type { ReportLevel } from '../model/report.js';

/*
 * Places by their administrative suffixes (溱阳市, 沭湾区, 某自治州): which suffix a place ends with and the tier it
 * names, where the lowest of several places named together starts, and the words in which a suffix character ends no
 * place (市场, 区域). The naming system's properties, not judgements an auditor tunes.
 */

/**
 * Suffixes of administrative divisions, longest first so 自治区 is read before 区, with the
 * tier each names. 市 has none: 兴宁市 is county-level, 梅州市 prefecture-level.
 */
const PLACE_SUFFIXES: Array<[string, ReportLevel | undefined]> = [
  ['自治区', 'province'],
  ['自治州', 'city'],
  ['自治县', 'county'],
  ['自治旗', 'county'],
  ['街道', 'township'],
  ['地区', 'city'],
  ['省', 'province'],
  ['市', undefined],
  ['州', 'city'],
  ['盟', 'city'],
  ['区', 'county'],
  ['县', 'county'],
  ['旗', 'county'],
  ['镇', 'township'],
  ['乡', 'township'],
  // a 旗's townships in Inner Mongolia
  ['苏木', 'township'],
];
/**
 * Words in which a suffix character is not a place's end: 市场监督管理局, 住房和城乡建设局,
 * 社区矫正, 依法治县办. A property of the naming system, not a judgement an auditor tunes.
 */
const NOT_PLACE_AFTER = new Set(['市场', '市政', '市容', '区域', '县域', '乡村', '镇村', '乡镇']);

/** Whether a name's first two characters begin an ordinary word (市场监管局, 区域), not a level and a place. */
export const opensOrdinaryWord = (name: string): boolean => ordinaryWordAt(name, 0);

/**
 * Whether an ordinary word a suffix character begins (市场, 区域) stands at `i` in a name — not a 市 before a body
 * opening with 政 (青禾市 + 政务服务管理局, 政府办公室, 政协): 市政 is the word only when no such body follows.
 */
export const ordinaryWordAt = (name: string, i: number): boolean =>
  NOT_PLACE_AFTER.has(name.slice(i, i + 2)) &&
  !(name.startsWith(CITY_GOVERNMENT, i) && GOVERNMENT_BODY.has(name[i + 2]!));
const CITY_GOVERNMENT = '市政';
/** 政务, 政府, 政法, 政协: the bodies a 市's name runs into that 市政 (municipal works) would swallow. */
const GOVERNMENT_BODY = new Set(['务', '府', '法', '协']);
/**
 * The administrative suffix a place ends with (after at least one character), in PLACE_SUFFIXES' order.
 * Loops by index, no callbacks: names are read a few times a document, so this runs unoptimised for
 * hundreds of documents.
 */
export function placeSuffix(place: string): [string, ReportLevel | undefined] | undefined {
  for (let k = 0; k < PLACE_SUFFIXES.length; k++) {
    const suffix = PLACE_SUFFIXES[k]!;
    if (place.endsWith(suffix[0]) && place.length > suffix[0].length) return suffix;
  }
  return undefined;
}

/** Whether `word` is an administrative suffix alone (县, 市, 自治州): a level, no place's name. */
function isSuffixAlone(word: string): boolean {
  for (let k = 0; k < PLACE_SUFFIXES.length; k++) if (PLACE_SUFFIXES[k]![0] === word) return true;
  return false;
}

/** Places above a county that name the ones under them first (溱阳市沭湾区, 某自治州某县, 某省某市). */
const UPPER_SUFFIXES = new Set(['省', '自治区', '市', '州', '自治州', '盟', '地区']);

/**
 * Where the lowest place of a place named within the ones above it starts (溱阳市沭湾区 → 3): after the last upper
 * place of two characters or more whose rest is a place of its own; 0 when there is none (市中区, 兴宁市).
 */
export function lowestPlaceStart(place: string): number {
  let start = 0;
  for (let j = start + 3; j <= place.length - 3; j++) {
    const upper = placeSuffix(place.slice(start, j));
    if (!upper || !UPPER_SUFFIXES.has(upper[0]) || j - start - upper[0].length < 2) continue;
    // the longer upper place where it goes on (珙州市: not 珙州 and a place 市珙东区) — not a suffix doubled, which ends
    // one place and opens the next (济南市市中区: 济南市 and 市中区)
    const longer = placeSuffix(place.slice(start, j + 1));
    if (longer && UPPER_SUFFIXES.has(longer[0]) && place[j] !== place[j - 1]) continue;
    const rest = place.slice(j);
    const lower = placeSuffix(rest);
    // each names a place of two characters or more (泉州湾县 is one county, not 泉州 and 湾县)
    if (!lower || rest.length - lower[0].length < 2 || opensOrdinaryWord(rest)) continue;
    start = j;
    j = start + 2;
  }
  return start;
}

/** Words a name's place is never taken to end in: an area (社区, 景区) or the rule of law's own words (依法治县). */
const NOT_PLACE_BEFORE = ['社区', '园区', '景区', '辖区', '依法治县', '依法治区', '依法治市', '依法治州', '依法治旗'];
/**
 * Words of a body's own name that end in a place suffix (某县城市管理局, 某市住房和城乡建设局, 都市农业): after a place
 * or other words they are the body's, but places end in them too (聊城市, 成都市, 共青城市, 古城乡): the name's own
 * one or two characters before them, no place of their own.
 */
const BODY_WORDS_LIKE_PLACES = ['城市', '城乡', '都市'];
const NAME_BEFORE_MAX = 2;

/**
 * Whether the lowest place of `place` (ending in a county's, district's or city's suffix) holds a word no such name
 * holds past its first character (得益于县委…, 有赖于市委…: a verb's 于, no place): none of the map's 3,056 counties,
 * districts and cities does (将乐县, 得荣县 open with one); towns may (马于镇, 小将镇), so theirs are not judged.
 */
export function functionWordInName(place: string): boolean {
  const suffix = placeSuffix(place);
  if (suffix === undefined || suffix[1] === 'township') return false;
  const own = place.slice(lowestPlaceStart(place), place.length - suffix[0].length);
  return NOT_IN_COUNTY_NAME.test(own.slice(1));
}
const NOT_IN_COUNTY_NAME = /[于与把被将得了]/u;

/**
 * Whether `place`, ending in a suffix, is still no place: a level alone (自治区, 县), or ending in a word that makes it
 * none — 某县城市 (某县 + 城市管理局), never 聊城市 or 成都市.
 */
export function noPlace(place: string): boolean {
  if (isSuffixAlone(place)) return true;
  for (let k = 0; k < NOT_PLACE_BEFORE.length; k++) if (place.endsWith(NOT_PLACE_BEFORE[k]!)) return true;
  for (let k = 0; k < BODY_WORDS_LIKE_PLACES.length; k++) {
    const w = BODY_WORDS_LIKE_PLACES[k]!;
    if (!place.endsWith(w)) continue;
    // (within the places above it: 山东省聊城市 is 聊城市's name; 县城市管理局 is the county's, by its level alone)
    const before = place.slice(lowestPlaceStart(place), place.length - w.length);
    return (
      before.length === 0 ||
      before.length > NAME_BEFORE_MAX ||
      placeSuffix(before) !== undefined ||
      isSuffixAlone(before)
    );
  }
  return false;
}
