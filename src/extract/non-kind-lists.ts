import type { ClaimWords } from './claim-words.js';
import { holdsAny } from './claim-match.js';
import type { FactExtractor } from './compile.js';

/*
 * Lists whose items, though each has a figure of the fact, are no kinds of one thing to add up (kind-lists.ts): the
 * years' figures told side by side, and the stages one thing passes through.
 */

/**
 * Whether a list's items are told by year (2023年收案87件、2024年收案96件; 收案96件、2023年收案87件): the years' figures,
 * no kinds of one thing. A year the first item opens with is the whole list's (2023年…督察反馈问题4个、考评问题2个), and a
 * year's 年度 names which files or problems (2024年度案卷评查66卷、2025年度案卷评查52卷: kinds). Years named by words
 * (vocabulary otherYear, thisYear: 上年…；本年度…) tell a list by year as numerals do.
 */
export function toldByYear(clause: string, mark: string, w: ClaimWords): boolean {
  const items = clause.split(mark);
  // a later item dated another year by a word (本年度评查576卷；上年评查520卷), or the first so dated and a later one this
  // year (上年评查520卷；本年度评查576卷): last year's figure beside this year's — not a year word the first item alone opens
  // with, which dates the whole list (上年督察反馈问题4个、考评问题2个)
  if (items.length > 1) {
    const firstOther = w.otherYear.occursIn(items[0]!);
    for (let k = 1; k < items.length; k++)
      if (w.otherYear.occursIn(items[k]!) || (firstOther && w.thisYear.occursIn(items[k]!))) return true;
  }
  if (!YEAR_NUMERAL.test(clause)) return false;
  const first = YEAR_NUMERAL.exec(items[0]!)?.[0];
  for (let k = 1; k < items.length; k++) {
    const year = YEAR_NUMERAL.exec(items[k]!)?.[0];
    if (year !== undefined && year !== first) return true;
  }
  return false;
}

/**
 * Whether a list's items are stages of one thing, not kinds of it (收到复议申请104件、受理97件): one names the fact by a
 * word that counts only where nothing else does (facts.yaml weakCues: 收到, 申请), another by a word that overrides it
 * (weakUnless: 受理). The cases accepted are the fact's; what came in before is no part to add. A fact whose weak cues
 * name kinds (facts.yaml weakKinds: 法律进企业 beside 宣传活动) has no stages.
 */
export function stagesOf(x: FactExtractor, clause: string, mark: string): boolean {
  if (x.weakCues.length === 0 || x.def.weakKinds === true || !holdsAny(clause, x.weakUnless)) return false;
  const items = clause.split(mark);
  let weak = false;
  let strong = false;
  for (let k = 0; k < items.length; k++) {
    if (holdsAny(items[k]!, x.weakUnless)) strong = true;
    else if (holdsAny(items[k]!, x.weakCues)) weak = true;
  }
  return weak && strong;
}

const YEAR_NUMERAL = /(?:19|20)\d{2}(?=\s*年(?!度))/u;
