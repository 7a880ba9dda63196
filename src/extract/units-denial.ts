import { holdsAny } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { pastBlanks } from './line-spans.js';
import { OWN } from './scope-names.js';
import { isComma } from './text-index.js';

/*
 * A coverage denial of the units under the reporter (下属3个所未配备法律顾问; facts.yaml excludeDenials): theirs, so no
 * none of the reporter's — only a coverage that is not whole.
 */

/**
 * Whether a denial's clause names units under the reporter before the claim (下属3个所未配备…; facts.yaml
 * excludeDenials), not the reporter itself beside them (局机关及下属单位均未聘请: an own scope word).
 */
export function unitsDenial(w: ClaimWords, x: FactExtractor, text: string, cs: number, at: number): boolean {
  if (x.coverage !== undefined && countedSubset(w, text, cs, at)) return true;
  const words = x.def.excludeDenials;
  if (words === undefined || !holdsAny(text.slice(cs, at), words)) return false;
  const named = w.scopeWords.find(text, cs, at);
  for (let k = 0; k < named.length; k++) if (w.scopeOf.get(named[k]!.word) === OWN) return false;
  return true;
}

/**
 * Whether a value is the one a denial of having it at all gives (whenNegated held → none), not of its being whole
 * (full → partial: 乡政府及所属12个村中已有9个…尚未实现全覆盖 still says how far coverage reached).
 */
export function deniesIt(x: FactExtractor, v: string): boolean {
  const denied = x.whenNegated;
  if (denied === undefined) return false;
  for (const k in denied) if (denied[k] === v && k !== x.coverage?.full) return true;
  return false;
}

/**
 * Whether a coverage denial's clause opens on a counted few of the units (1个单位因主要负责人空缺未述法; 3个乡镇尚未聘请
 * 法律顾问): a subset's denial, so coverage not whole, not none — unless all of them are said (14个乡镇均未…: every one).
 */
function countedSubset(w: ClaimWords, text: string, cs: number, at: number): boolean {
  // (before the claim, 1个单位…未述法, or between it and its denial, 述法还有1个单位未覆盖)
  let end = at;
  while (end < text.length && end < at + COUNTED_REACH && !CLAUSE_END.includes(text[end]!)) end++;
  const head = text.slice(cs, Math.min(end, cs + COUNTED_REACH + (at - cs)));
  const m = COUNTED.exec(head);
  if (m === null) return subsetBeforeComma(w, text, cs);
  // (没有一个乡镇开展述法: not one of them — no subset)
  if (NOT_ONE.test(head.slice(0, m.index + 1))) return false;
  return !w.totality.anyWithin(text, cs + m.index, at);
}

/**
 * Whether a denial's clause opening on its negation has its subject in the clause before, and that opens on a counted
 * few, maybe after a word adding them or saying they remain (另有2个新组建部门因负责人到任不足半年，未安排述法; 还有3家
 * 单位，尚未聘请法律顾问; 其余2个乡镇，未开展…).
 */
function subsetBeforeComma(w: ClaimWords, text: string, cs: number): boolean {
  if (cs < 2 || !isComma(text.charCodeAt(cs - 1))) return false;
  // (its negation first, or after a word or two of time: 至今尚未聘请)
  const q = pastBlanks(text, cs);
  const neg = w.negation.last(text, q, q + NEGATION_LEAD);
  if (neg === undefined || w.totality.anyWithin(text, q, neg.at)) return false;
  const floor = Math.max(0, cs - 1 - SUBJECT_CLAUSE_REACH);
  let ps = cs - 1;
  while (ps > floor && !CLAUSE_END.includes(text[ps - 1]!)) ps--;
  let p = pastBlanks(text, ps);
  const lead = w.addition.at(text, p) ?? w.remainder.at(text, p) ?? w.partial.at(text, p);
  if (lead !== undefined) p += lead.length;
  // (还有3家: the lead word, then 有)
  if (lead !== undefined && text.charCodeAt(p) === HAVE) p++;
  COUNTED_AT.lastIndex = p;
  return COUNTED_AT.test(text) && !w.totality.anyWithin(text, p, cs);
}
/** How far into its clause the denial's negation may stand (至今尚未). */
const NEGATION_LEAD = 4;
/** How long the clause naming the counted few may be (另有2个新组建部门因负责人到任不足半年). */
const SUBJECT_CLAUSE_REACH = 30;
/** 有 */
const HAVE = 0x6709;
const COUNTED_AT = /(?:\d+|[一二两三四五六七八九十]+)(?:个|家|名)/uy;
/** A count of units: digits or a Chinese numeral, then 个 / 家 / 名 (1个单位, 两家, 3名). */
const COUNTED = /(?:\d+|[一二两三四五六七八九十]+)(?:个|家|名)/u;
const CLAUSE_END = '，,。；;\n';
const NOT_ONE = /(?:没有|无|未有|不)一$/u;
/** How far into the clause the counted units may be named (个别 is no count). */
const COUNTED_REACH = 12;
