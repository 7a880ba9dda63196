import { isNumeralCode } from './numbers.js';
import { isClauseEnd } from './text-index.js';
import type { WordSet } from './word-set.js';

/*
 * Asides about another year's figure inside a sentence: in brackets after a figure (行政诉讼案件3件（2023年为7件），…), or
 * a clause restating one (…2件，2022年为4件，…). They date nothing after them — but the parts a breakdown opening the next
 * clause gives of the restated figure are that year's (2023年为2件，其中败诉1件; 上年为2件，其中败诉1件).
 */

/** Where to go on scanning back from i: before the bracket it closes when that follows a figure, else i itself. */
export function pastAside(text: string, i: number, floor: number): number {
  const c = text.charCodeAt(i);
  if (c !== CLOSE_FULL && c !== CLOSE_ASCII) return i;
  for (let j = i - 1; j >= floor && i - j <= ASIDE_REACH; j--) {
    const o = text.charCodeAt(j);
    if (o !== OPEN_FULL && o !== OPEN_ASCII) continue;
    return j > 0 && FIGURE_END.test(text[j - 1]!) ? j : i;
  }
  return i;
}

/** How long an aside in brackets may be. */
const ASIDE_REACH = 30;
/** What a figure ends with: a digit, a Chinese numeral, a unit or a percent sign. */
const FIGURE_END = /[\d０-９〇零一二三四五六七八九十百千万件名次场人项个卷份起宗%％]/u;

const OPEN_FULL = 0xff08;
const CLOSE_FULL = 0xff09;
const OPEN_ASCII = 0x28;
const CLOSE_ASCII = 0x29;

/**
 * Whether the year whose last numeral is at i restates a figure for itself (…行政诉讼案件2件，2022年为4件，负责人出庭应诉2件):
 * 年 then 为 or 是 and a figure — an aside comparing one figure, dating only its own clause and the parts a breakdown
 * word opening the next clause gives of it (2023年为2件，其中败诉1件: that year's).
 */
export function restatedAside(text: string, i: number, to: number, breakdown: WordSet): boolean {
  const k = nianAfter(text, i, to);
  return k >= 0 && restatesFrom(text, k + 1, to) && !brokenDownNext(text, k, to, breakdown);
}

/** Where the 年 closing the year numeral whose last digit is at `i` stands (past blanks), or -1. */
function nianAfter(text: string, i: number, to: number): number {
  let k = i + 1;
  while (k < to && text.charCodeAt(k) === 0x20) k++;
  return text.charCodeAt(k) === NIAN ? k : -1;
}
const NIAN = 0x5e74; // 年
const DU = 0x5ea6; // 度

/**
 * Whether the year whose last digit is at `i` names where what its clause counts was carried over from (…77件，加上2024年
 * 结转5件，共审结78件: vocabulary `carriedOver` right after 年 or 年度): it dates that clause alone, not the year's work after.
 */
export function carriedFrom(text: string, i: number, to: number, carriedOver: WordSet): boolean {
  const k = nianAfter(text, i, to);
  if (k < 0) return false;
  return carriedOver.at(text, text.charCodeAt(k + 1) === DU ? k + 2 : k + 1) !== undefined;
}

/**
 * Whether another year's word ending at `end` restates a figure whose parts the next clause breaks down (上年为2件，其中
 * 败诉1件): those parts are that year's.
 */
export function restatedParts(text: string, end: number, to: number, breakdown: WordSet): boolean {
  return restatesFrom(text, end, to) && brokenDownNext(text, end, to, breakdown);
}

/** Whether 为 or 是 and a figure follow `k` (past 度, 同期, 全年, and 约 before the figure). */
function restatesFrom(text: string, k: number, to: number): boolean {
  if (text.charCodeAt(k) === DU) k++;
  const after = text.slice(k, k + 2);
  if (after === '同期' || after === '全年') k += 2;
  const verb = text.charCodeAt(k);
  if (verb !== 0x4e3a && verb !== 0x662f) return false;
  k++;
  if (text.charCodeAt(k) === 0x7ea6) k++;
  return k < to && isNumeralCode(text.charCodeAt(k));
}

/** Whether the clause after the one holding `p` (before `to`) opens with a breakdown word. */
function brokenDownNext(text: string, p: number, to: number, breakdown: WordSet): boolean {
  while (p < to && !isClauseEnd(text.charCodeAt(p))) p++;
  return p < to && breakdown.at(text, p + 1) !== undefined;
}
