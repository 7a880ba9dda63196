import type { ClaimWords } from './claim-words.js';
import { CHINESE_NUMERAL_CHARS } from './numbers.js';
import { DEPARTMENTS, GOVERNMENT, REGION } from './scope-names.js';

/*
 * A government's word naming more than the government itself (scope.ts reads whose figure a clause gives): with its
 * departments, the region's organs at both tiers; counted, several governments under the reporter.
 */

/** A scope word found in the text: where it stands and the word. */
type ScopeHit = { at: number; word: string };

/**
 * Governments counted (组织16个设区市政府和41个省直单位主要负责人述法; 12个乡镇政府): several governments under the
 * reporter, its units — not the reporting government itself.
 */
export function countedGovernments(w: ClaimWords, text: string, hit: ScopeHit): string | undefined {
  if (w.scopeOf.get(hit.word) !== GOVERNMENT) return undefined;
  return COUNTED_BEFORE.test(text.slice(Math.max(0, hit.at - COUNTED_REACH), hit.at)) ? DEPARTMENTS : undefined;
}

/**
 * A government named with its departments as one subject (区政府及部门行政应诉案件88件; 县政府及其部门负责人出庭…;
 * 区政府和区直部门…): the region's organs at both tiers, the region's figure — from either word of the pair.
 */
export function governmentWithDepartments(
  w: ClaimWords,
  text: string,
  hit: ScopeHit,
  from: number,
): string | undefined {
  const scope = w.scopeOf.get(hit.word);
  if (scope === GOVERNMENT) {
    JOINED_DEPARTMENTS.lastIndex = hit.at + hit.word.length;
    return JOINED_DEPARTMENTS.test(text) ? REGION : undefined;
  }
  if (scope !== DEPARTMENTS) return undefined;
  const joiner = JOINER_BEFORE.exec(text.slice(Math.max(from, hit.at - JOINER_REACH), hit.at));
  if (!joiner) return undefined;
  const before = w.scopeWords.last(text, Math.max(from, hit.at - joiner[0].length - GOVERNMENT_WORD_REACH), hit.at);
  return before !== undefined &&
    w.scopeOf.get(before.word) === GOVERNMENT &&
    before.at + before.word.length === hit.at - joiner[0].length
    ? REGION
    : undefined;
}
/** A joiner and a level between a government and its departments (及, 及其, 和区直, 及各). */
const JOINER = '[及和与](?:其|各)?(?:[县区市]直)?';
/** 及部门, 及其部门, 和区直部门, 及各部门 right after a government's word. */
const JOINED_DEPARTMENTS = new RegExp(`${JOINER}部门`, 'uy');
/** A joiner right before a departments word (区政府和|区直部门, 县政府及其|部门负责人). */
const JOINER_BEFORE = new RegExp(`${JOINER}$`, 'u');
const JOINER_REACH = 4;
/** The longest government word (县人民政府). */
const GOVERNMENT_WORD_REACH = 5;

/** A count of units right before a word, a few characters of its kind between (16个设区, 9个县（市、区）). */
const COUNTED_BEFORE = new RegExp(
  `(?:\\d+|[${CHINESE_NUMERAL_CHARS}]+)个(?:[^\\d，,；;。、（(]|[（(][^）)]{0,6}[）)]){0,3}$`,
  'u',
);
const COUNTED_REACH = 14;
