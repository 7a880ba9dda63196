import type { ReportLevel } from '../model/report.js';

/**
 * A 市's tier as its text says it (县级市 / 地级市 next to the name); otherwise a 市 the map lists is of its tier
 * (vocabulary `prefectureCities`: 梅州市 → city; `countyCities`: 兴宁市 → county; `municipalities`: 上海市 → province),
 * and one the map does not list (a new city, a place the text misspells) is prefecture-level when its report names the
 * counties and districts under it (`prefectureUnits`: 各县（市、区）, 县区).
 */
export function cityLevel(text: string, region: string, places: CityLists = {}): ReportLevel | undefined {
  const named = namedLevel(text, region) ?? saidLevel(text, region);
  if (named !== undefined || !region.endsWith('市')) return named;
  if (places.municipalities?.includes(region)) return 'province';
  if (places.prefectureCities?.includes(region)) return 'city';
  // (the map before the words: a county-level city names its towns, never counties, yet a 县（市、区） may stand in its text)
  if (places.countyCities?.includes(region)) return 'county';
  const units = places.prefectureUnits ?? [];
  for (let k = 0; k < units.length; k++) if (namesUnitsUnder(text, units[k]!)) return 'city';
  return undefined;
}

/**
 * Whether the text names the units under it by the word: not as a category of honour (创建全省法治政府建设示范县(市、
 * 区): a county-level city's own title, the units it names none).
 */
function namesUnitsUnder(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (!HONOUR_BEFORE.some((h) => text.startsWith(h, at - h.length))) return true;
  return false;
}
const HONOUR_BEFORE = ['示范', '先进'];

/** The vocabulary's lists that tell a 市's tier. */
export interface CityLists {
  prefectureUnits?: readonly string[];
  prefectureCities?: readonly string[];
  countyCities?: readonly string[];
  municipalities?: readonly string[];
}

/** The level 县级市 / 地级市 next to the name says. */
function namedLevel(text: string, region: string): ReportLevel | undefined {
  if (!region.endsWith('市')) return undefined;
  // the leftmost of 兴宁市（是|为|系）县级市 and 县级市兴宁市, the first form first at a tie — found by
  // indexOf, not by a pattern built per document and tried at every position of the text
  let best = -1;
  let word: string | undefined;
  for (let at = text.indexOf(region); at >= 0; at = text.indexOf(region, at + 1)) {
    let i = at + region.length;
    if (text[i] === '（' || text[i] === '(') i++;
    if (text[i] === '是' || text[i] === '为' || text[i] === '系') i++;
    const w = LEVEL_WORDS.find((l) => text.startsWith(l, i));
    if (w) {
      best = at;
      word = w;
      break;
    }
  }
  if (word === undefined && best < 0 && text.indexOf(region) < 0) return undefined;
  for (const l of LEVEL_WORDS) {
    for (let at = text.indexOf(l); at >= 0 && (best < 0 || at < best); at = text.indexOf(l, at + 1)) {
      if (text.startsWith(region, at + l.length)) {
        best = at;
        word = l;
        break;
      }
    }
  }
  if (word === undefined) return undefined;
  return word === '县级市' ? 'county' : 'city';
}

const LEVEL_WORDS = ['县级市', '地级市'];

/** The level a sentence says the city is, a few words after its name (槐川市是湘临市代管的县级市). */
function saidLevel(text: string, region: string): ReportLevel | undefined {
  for (let at = text.indexOf(region); at >= 0; at = text.indexOf(region, at + 1)) {
    const rest = text.slice(at + region.length, at + region.length + SAID_REACH);
    const end = rest.search(/[。；;，,\n]/u);
    const clause = end < 0 ? rest : rest.slice(0, end);
    if (!/^[（(]?(?:是|为|系)/u.test(clause)) continue;
    if (clause.includes('县级市')) return 'county';
    if (clause.includes('地级市')) return 'city';
  }
  return undefined;
}

/** How far after a city's name the words saying its level may end. */
const SAID_REACH = 16;
