/** The seeds (read from ../shared/seeds, never copied) and synthetic reports with their ground truth. */
export { SEEDS } from '../helpers/seeds.js';

export const REAL_CASES = [
  { seed: '000_9686fc60cb5abd25.txt', truth: 'samples/real/000-honggutan.yaml' },
  { seed: '001_d8ae6b6d6877ebbc.txt', truth: 'samples/real/001-chongchuan.yaml' },
  { seed: '002_092398389d60fb40.txt', truth: 'samples/real/002-xingning.yaml' },
  { seed: '003_d3685a82cfad45b2.txt', truth: 'samples/real/003-xiaxian.yaml' },
  { seed: '004_e1e7febb57e3ec4e.txt', truth: 'samples/real/004-qiaokou.yaml' },
];

export const SYNTHETIC_CASES = ['excellent', 'veto', 'inconsistent', 'parts'];

/**
 * Ground-truth fields the text does not state, so extraction (which never guesses) cannot
 * give them. Listed so the accuracy test still asserts every other field exactly.
 */
export const NOT_IN_TEXT: Record<string, string[]> = {
  // the text says only 我局; 崇川 appears, 崇川区司法局 never does (so neither does its role); its 我区 in the opening
  // names the tier, so the level is read
  'samples/real/001-chongchuan.yaml': ['report.authority', 'report.region', 'report.role'],
  // (兴宁市 is a county-level city: nothing in its text says so, the map of county-level cities does — vocabulary
  // countyCities, stop 50)
  // 云岭市 (fictional) is county-level only by the author's say-so
  'samples/synthetic/inconsistent.yaml': ['report.level'],
};
