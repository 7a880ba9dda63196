import { Words } from './vocabulary-words.js';

/**
 * vocabulary.yaml's words that tell a 市's tier, which its name alone does not (兴宁市 is county-level, 梅州市
 * prefecture-level): what its report names under it, and the map's own lists (spread into VocabularyFile, vocabulary.ts).
 */
export const placeWords = {
  prefectureUnits: Words.optional().describe(
    "words by which a city's report names the counties and districts under it (各县（市、区）, 县区): a 市 whose " +
      'report holds one is prefecture-level (a county-level city has towns and streets under it): 县（市、区）, 县区 …',
  ),
  prefectureCities: Words.optional().describe(
    'the prefecture-level cities (地级市) by name, 市 included: a reporter whose place is one is of city level, ' +
      'unless its text says otherwise (县级市). The administrative map, kept current as it changes: 武汉市, 梅州市 …',
  ),
  countyCities: Words.optional().describe(
    'the county-level cities (县级市) by name, 市 included: a reporter whose place is one is of county level, unless ' +
      'its text says otherwise. The administrative map, kept current as it changes: 兴宁市, 济源市 …',
  ),
  shortNamedCounties: Words.optional().describe(
    'the counties (and county-level cities) whose own name is one character, suffix included: a text whose opening ' +
      'sentence has one for subject (2024年，房县坚持…) names the place, as a longer name does without a list. The ' +
      'administrative map, kept current as it changes: 房县, 沛县, 芒市 …',
  ),
  municipalities: Words.optional().describe(
    'the cities directly under the central government (直辖市) by name: a reporter whose place is one is of ' +
      'province level: 北京市, 上海市 …',
  ),
};
