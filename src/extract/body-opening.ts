import { armAfter } from './arm-names.js';
import { partnerBefore } from './authority.js';
import type { ClaimWords } from './claim-words.js';
import { opensOrdinaryWord } from './place-suffixes.js';
import { BODY } from './scope-names.js';

/*
 * The body whose name opens a sentence or a span (区司法局、区普法办全年…; 9月，市应急管理局对我局…; 据县司法局统计，…):
 * the subject whose figures the span gives, read by scope.ts.
 */

/** A month or a day opening a sentence, with its comma (9月，, 2025年3月上旬，, 11月20日，). */
const LEADING_DATE =
  /(?:\d{4}\s*年\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\s*\d{1,2}\s*日)?(?:份|上旬|中旬|下旬|初|底)?[，,]\s*/uy;

/** A sentence opened by a body's name (区司法局、区普法办全年…): `body:区司法局`. */
export function bodyOpening(w: ClaimWords, text: string, sentenceStart: number): string | undefined {
  const re = w.bodyName;
  if (!re) return undefined;
  let p = sentenceStart;
  // past blanks and a line break a wrapped sentence's clause opens with (…，⏎县司法局另组织…)
  while (p < text.length && isBlankOrBreak(text.charCodeAt(p))) p++;
  // past a date opening the sentence (9月，市应急管理局对我局…; 2025年3月，…): the body after it opens it
  LEADING_DATE.lastIndex = p;
  const date = LEADING_DATE.exec(text);
  if (date) p += date[0].length;
  // a scope word there (县政府, 县委) decides as a scope word; 市场监管局 names no place
  if (w.scopeWords.at(text, p) !== undefined) return undefined;
  // 据县司法局统计，…: the body the sentence's figures come from opens it
  const source = sourceNamed(w, text, p);
  if (source !== undefined) return `${BODY}${source}`;
  re.lastIndex = p;
  // a role noun alone (镇政府组织…, 街道办事处…) names a body of that kind: the reporter's own when its name ends so
  const m = re.exec(text)?.[0] ?? w.townshipNouns.at(text, p);
  // 县妇联党组中心组: a 中心 followed by 组 is the study group, not a body named 县妇联党组中心
  if (!m || opensOrdinaryWord(m) || (m.endsWith(CENTRE) && text.charCodeAt(p + m.length) === GROUP)) return undefined;
  // the body deciding on the reporter's case (市局复议决定变更1件) opens no span of its own
  if (w.deciding.at(text, p + m.length) !== undefined) return undefined;
  // a name read across a partner word (县残联联合县司法局) is the subject's short name and its partner's: neither decides
  if (readsAcrossPartner(w, m)) return undefined;
  return `${BODY}${m}${armAfter(w, text, p + m.length)}`;
}

/**
 * The body a source marker names at `p` when a source verb follows the name (据县司法局统计, 据县委依法治县办通报):
 * the figures of its sentence are that body's. A marker with no body (据统计) names none.
 */
function sourceNamed(w: ClaimWords, text: string, p: number): string | undefined {
  const marker = w.sourceMarkers.at(text, p);
  if (marker === undefined || !w.bodyName) return undefined;
  const at = p + marker.length;
  const re = w.bodyName;
  re.lastIndex = at;
  const name = re.exec(text)?.[0] ?? w.scopeWords.at(text, at);
  if (name === undefined || opensOrdinaryWord(name)) return undefined;
  return w.sourceVerbs.at(text, at + name.length) !== undefined ? name : undefined;
}

/** Whether a body's name holds a partner word before a level word (县残联联合县司法局; not 县妇女联合会). */
function readsAcrossPartner(w: ClaimWords, name: string): boolean {
  for (let i = 1; i < name.length; i++) {
    const word = w.partners.at(name, i);
    if (word !== undefined && partnerBefore(name, i, word)) return true;
  }
  return false;
}

const isBlankOrBreak = (c: number) => c === 0x20 || c === 0x3000 || c === 0x0a || c === 0x0d;

/** 中心 then 组 (中心组): no body's name. */
const CENTRE = '中心';
const GROUP = 0x7ec4;
