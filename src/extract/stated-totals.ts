import type { CueParts } from './split-cues.js';
import type { FactMatch } from './claim-match.js';
import type { TextIndex } from './text-index.js';
import type { WordSet } from './word-set.js';
import type { ClaimWords } from './claim-words.js';
import { lastPeriodTag } from './time.js';
import { parseNumeral } from './numbers.js';
import { RECAP_WORDS, SUM_WORD, SUM_WORDS } from './sum-words.js';
import type { FactExtractor } from './compile.js';
import { nextValue } from './value-patterns.js';
import { parseMatch } from './value-parse.js';

/*
 * A total stated beside the parts it sums: after them in their sentence (…2场，…3场，共5场次), or in the next sentence
 * looking back (…责令履行2件。以上合计纠错12件).
 */

/** The total stated after a count's kept figure, read with the fact's units, cues and other facts' cues (statedTotal). */
export function statedTotalOf(x: FactExtractor, index: TextIndex, first: FactMatch, words: ClaimWords) {
  return statedTotal(index, x.def.units ?? [], first, x.cueParts, words, x.othersNaming);
}

/**
 * A total stated after a list of parts (公共法律知识培训2场，专题培训3场，共5场次): after the figure kept, in its
 * sentence, another figure in one of the fact's units (a part), then a 共 / 合计 / 累计 / 总计 clause with a figure in one
 * of them above the parts — that total is the fact's; else undefined. A figure after a `change` word in its clause
 * (比上年增加4场次) is no part.
 */
export function statedTotal(
  index: TextIndex,
  units: readonly string[],
  first: FactMatch,
  cues: readonly CueParts[],
  words: ClaimWords,
  othersNaming?: WordSet,
): { value: number; at: number; end: number; partsSum: number } | undefined {
  if (typeof first.value !== 'number' || units.length === 0) return undefined;
  const text = index.text;
  const own = index.sentence(first.valueOffset)[1];
  // the next sentence may sum up the kinds told, opening with a word looking back (…2件。以上合计纠错12件)
  const next = own + 1 < text.length && RECAP.test(text.slice(own + 1, own + 4)) ? index.sentence(own + 1)[1] : own;
  const se = next;
  let most = first.value;
  let parts = 0;
  let partsSum = first.value;
  let depth = 0;
  let seen = first.valueOffset;
  // past the kept figure as written (1,203 / 1.2万 / 三十余)
  let p = first.valueOffset;
  while (p < se && FIGURE_CHAR.test(text[p]!)) p++;
  FIGURE.lastIndex = p;
  for (let f = FIGURE.exec(text); f && f.index < se; f = FIGURE.exec(text)) {
    // an approximate figure's 余 / 多 stands between it and its unit (九十余场)
    const end = f.index + f[0].length + (APPROXIMATE_AFTER.includes(text[f.index + f[0].length] ?? '') ? 1 : 0);
    const unit = unitAt(text, end, units);
    if (unit === undefined) continue;
    const value = parseNumeral(f[0]);
    if (value === undefined) continue;
    // a change told after the figure (比2024年增加4场次) is no part, and no total sums it
    const cs = index.clause(f.index)[0];
    if (words.change.last(text, cs, f.index) !== undefined) continue;
    const total =
      TOTAL_BEFORE.exec(text.slice(Math.max(0, f.index - 5), f.index)) ??
      totalNamingFact(text, f.index, cues) ??
      (f.index > own ? RECAP_TOTAL.exec(text.slice(own + 1, f.index)) : null);
    // a sum clause another fact's cue opens (…受理纠纷63件，调解成功共计80件) totals that fact, not these parts
    if (total && othersNaming?.last(text, cs, f.index - total[0].length) !== undefined) continue;
    // a running total dated to another period (…744件，去年为690件，五年来累计3,210件) sums no parts of the year's
    if (
      total &&
      (parts > 0 || summedRestatement(text, cs, f.index, total[0], cues)) &&
      value > most &&
      lastPeriodTag(words, text, cs, f.index, undefined)?.period !== 'other'
    ) {
      // totals told side by side (合计1,618件、成功1,598件): the one the fact's own cue names after the first is its own
      const own = ownTotalAfter(text, end + unit.length, index.clause(f.index)[1], units, cues);
      if (own === null) return { value, at: f.index - total[0].length, end: end + unit.length, partsSum };
      return own !== undefined && own.value > most ? { ...own, partsSum } : undefined;
    }
    parts++;
    // (an aside in brackets, 8场（2023年6场）, is no part: the brackets counted from the last figure on, once each)
    depth = bracketDepth(text, seen, f.index, depth);
    seen = f.index;
    if (depth === 0) partsSum += value;
    most = Math.max(most, value);
  }
  return undefined;
}

/**
 * Whether a total with no part read after the kept figure sums it with parts no cue read (…“法律六进”活动2,180场，“民法典
 * 宣传月”活动340场，全年普法宣传活动合计2,520场次): a sum word (合计, 共计, 总计 — not 共 or 累计, which also tell a running
 * total of the years) right before the figure, and one of the fact's cues in the total's clause before it — the fact
 * restated as the sum. A clause naming what its total sums (各街道…合计38次; 县人民医院、县中医院…共计24次) sums those,
 * not the figure before.
 */
function summedRestatement(text: string, cs: number, at: number, lead: string, cues: readonly CueParts[]): boolean {
  if (!SUM_WORD.test(lead)) return false;
  const clause = text.slice(cs, at);
  if (OWN_SUMMANDS.test(clause)) return false;
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k]!;
    const i = clause.indexOf(c.first);
    if (i >= 0 && (c.second === undefined || clause.includes(c.second, i + c.first.length))) return true;
  }
  return false;
}

/** 各 or a list mark in a total's clause: it names the things its total sums. */
const OWN_SUMMANDS = /[各、]/u;

/**
 * After a total, in its clause: the figure one of the fact's cues names right after a list mark (…、成功1,598件) — the
 * fact's own total of the totals told side by side; undefined when the fact's cue names one there but it reads no
 * figure; null when no cue of the fact stands there (the total is the fact's).
 */
function ownTotalAfter(
  text: string,
  from: number,
  ce: number,
  units: readonly string[],
  cues: readonly CueParts[],
): { value: number; at: number; end: number } | null | undefined {
  if (text.charCodeAt(from) !== LIST_MARK) return null;
  FIGURE.lastIndex = from;
  const f = FIGURE.exec(text);
  if (!f || f.index >= ce) return null;
  // (the cue may be told short after the first total: 合计受理1,618件、成功1,598件 for 调解成功)
  const between = text.slice(from + 1, f.index);
  if (between.length < 2 || !cues.some((c) => endsWithCue(between, c) || c.first.endsWith(between))) return null;
  const end = f.index + f[0].length;
  const unit = unitAt(text, end, units);
  const value = parseNumeral(f[0]);
  return unit === undefined || value === undefined ? undefined : { value, at: from + 1, end: end + unit.length };
}
const LIST_MARK = 0x3001; // 、

/** How many brackets stand open at `to`, `depth` of them open at `from`. */
function bracketDepth(text: string, from: number, to: number, depth: number): number {
  let d = depth;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) d++;
    else if ((c === 0xff09 || c === 0x29) && d > 0) d--;
  }
  return d;
}

/**
 * Arabic digits, with thousands separators read as one figure (2,040: not 2 and 040), or Chinese numerals (一百五十):
 * the parts and the total may be written either way.
 */
export const FIGURE = /\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+|[零〇一二两三四五六七八九十百千万]+/gu;
const APPROXIMATE_AFTER = '余多';
const FIGURE_CHAR = /[\d,，.．万千百十〇零一二三四五六七八九两余]/u;
/**
 * 共 / 累计 right before a figure; 合计 / 共计 / 总计 also before a verb of two characters (合计受理204件) — not 共
 * and 累计 (新收94件，加上上年结转7件，共审结96件: new and carried-over cases, no sum of the parts read).
 */
const TOTAL_BEFORE = new RegExp(`(?:(?:${SUM_WORDS.join('|')})(?:[^\\d，,；;。、：:]{0,2})|累计|共)\\s*$`, 'u');

/**
 * 共 then a verb and one of the fact's own cues right before the figure (…讲座6场，全年共开展普法活动41场): the fact's
 * total restated, not another count's sum (共审结96件 names no cue of a count of what came in).
 */
function totalNamingFact(text: string, at: number, cues: readonly CueParts[]): RegExpExecArray | null {
  if (cues.length === 0) return null;
  const m = TOTAL_NAMING.exec(text.slice(Math.max(0, at - TOTAL_NAMING_REACH), at));
  if (m === null) return null;
  for (let k = 0; k < cues.length; k++) if (endsWithCue(m[0], cues[k]!)) return m;
  return null;
}

/** Whether `s` ends with a cue, or with a split cue's second word after its first (评查…案卷: 共评查执法案卷). */
function endsWithCue(s: string, cue: CueParts): boolean {
  if (cue.second === undefined) return s.endsWith(cue.first);
  return s.endsWith(cue.second) && s.slice(0, s.length - cue.second.length).includes(cue.first);
}

/** 共 / 共计 / 合计, up to a dozen characters of one clause, then the figure. */
const TOTAL_NAMING = /(?:共计|合计|总计|共)[^\d，,；;。、：:]{1,12}$/u;
const TOTAL_NAMING_REACH = 15;
const RECAP = new RegExp(`^\\s*(?:${RECAP_WORDS.join('|')})`, 'u');
const RECAP_TOTAL = new RegExp(
  `^\\s*(?:${RECAP_WORDS.join('|')})[^\\d，,；;。]{0,8}(?:${SUM_WORDS.join('|')}|共)[^\\d，,；;。]{0,8}$`,
  'u',
);

/** The fact's unit right at `at` (one of `units`), if any. */
export function unitAt(text: string, at: number, units: readonly string[]): string | undefined {
  for (let k = 0; k < units.length; k++) if (text.startsWith(units[k]!, at)) return units[k];
  return undefined;
}

/**
 * A statement of the fact in the sentence right after `last`'s that sums up what was told, opening with a word looking
 * back and a sum word before its figure (…责令履行2件。以上合计纠错12件): the total of the kinds, whether or not each
 * kind was read. Undefined when there is none.
 */
export function recapTotal(
  index: TextIndex,
  chosen: ReadonlyArray<{ m: FactMatch }>,
  last: FactMatch,
): FactMatch | undefined {
  const text = index.text;
  const own = index.sentence(last.valueOffset)[1];
  if (own + 1 >= text.length || !RECAP.test(text.slice(own + 1, own + 4))) return undefined;
  const next = index.sentence(own + 1);
  for (let k = 0; k < chosen.length; k++) {
    const m = chosen[k]!.m;
    if (m.valueOffset <= next[0] || m.valueOffset >= next[1]) continue;
    if (RECAP_TOTAL.test(text.slice(next[0], m.valueOffset))) return m;
  }
  return undefined;
}

/**
 * Of a sentence's statements of an `aggregate: sum` fact, the last one when a sum word opens its clause before its
 * figure and it is no less than the others added (撤销12件、变更3件、确认违法6件、责令履行2件方式纠错，合计纠错23件): the total
 * the sentence states — or when an actual word (vocabulary `actual`) stands there and it is exactly the others added
 * (局主要负责人出庭三件，副局长出庭四件，…负责人实际出庭七件); undefined when there is none (a lone statement, or parts only).
 */
export function summedAfterParts(
  index: TextIndex,
  group: readonly FactMatch[],
  actual?: WordSet,
): FactMatch | undefined {
  if (group.length < 2) return undefined;
  const last = group[group.length - 1]!;
  if (typeof last.value !== 'number') return undefined;
  const cs = index.clause(last.valueOffset)[0];
  const clause = index.text.slice(cs, last.valueOffset);
  // a sum word, or 共 / 计 opening the total's own clause (…责令履行2件，共纠错10件)
  const summed = SUM_WORDS.some((w) => clause.includes(w)) || TOTAL_LEAD.test(clause);
  // an actual word (负责人实际出庭七件) after the parts may total them too — when it is exactly their sum
  const actualTotal = !summed && actual !== undefined && actual.last(index.text, cs, last.valueOffset) !== undefined;
  // so may a figure run on from the last part with no mark between (…、责令履行2件方式纠错13件) — when it is exactly
  // their sum
  const runOn =
    !summed &&
    !actualTotal &&
    group.length > 2 &&
    (runsOn(index.text, group[group.length - 2]!, last) ||
      (group.length > NEXT_CLAUSE_PARTS && nextClause(index, group[group.length - 2]!, cs)));
  if (!summed && !actualTotal && !runOn) return undefined;
  let parts = 0;
  for (let k = 0; k < group.length - 1; k++) {
    const v = group[k]!.value;
    if (typeof v !== 'number' || group[k]!.valueOffset >= last.valueOffset) return undefined;
    parts += v;
  }
  if (actualTotal || runOn) return Math.abs(last.value - parts) < 1e-9 ? last : undefined;
  // a total below its parts is no total of them (合计 of another thing): the sentence's parts are read as they stand
  return last.value >= parts - 1e-9 || parts === 0 ? last : undefined;
}

/**
 * How many parts a total in the next clause must follow (撤销15件、变更3件、确认违法6件、责令履行2件，直接纠错26件): with two,
 * a figure of the next kind equals their sum too often (全体会议1次、办公室会议2次，常务会议…3次).
 */
const NEXT_CLAUSE_PARTS = 3;

/** Whether the figure before the last stands in the clause right before the last's (…责令履行2件，直接纠错26件). */
function nextClause(index: TextIndex, before: FactMatch, cs: number): boolean {
  return index.clause(before.valueOffset)[1] === cs - 1;
}

/** 共 or 计 opening a clause, past blanks: the clause totals what came before it. */
const TOTAL_LEAD = /^\s*(?:共|计)/u;

/** Whether no list or clause mark stands between two figures (责令履行2件方式纠错13件). */
function runsOn(text: string, before: FactMatch, last: FactMatch): boolean {
  return !/[、，,；;。：:（）()]/u.test(text.slice(before.valueOffset, last.valueOffset));
}

/**
 * A later statement looking back over the parts told from `first` on (督察反馈问题3个。…点评指出问题2个。针对上述5个问题，…):
 * a recap word (以上, 上述) right before its figure, within RECAP_REACH of `first`, and its figure exactly `first`'s and
 * the one or more figures of the fact's units between them added — the total of sources told apart; else undefined.
 */
export function recapOfParts(
  index: TextIndex,
  x: FactExtractor,
  chosen: ReadonlyArray<{ m: FactMatch }>,
  first: FactMatch,
): FactMatch | undefined {
  const re = x.valueSticky;
  if (typeof first.value !== 'number' || re === undefined || chosen.length < 2) return undefined;
  const text = index.text;
  for (let k = 0; k < chosen.length; k++) {
    const m = chosen[k]!.m;
    if (m.valueOffset <= first.valueOffset || m.valueOffset - first.valueOffset > RECAP_REACH) continue;
    if (typeof m.value !== 'number' || !RECAP_BEFORE.test(text.slice(Math.max(0, m.valueOffset - 6), m.valueOffset)))
      continue;
    // from the start of the first part's sentence: a part no statement was read for (…问题1个（…），…问题2个) counts too
    const from = index.sentence(firstPart(chosen, first, m.valueOffset))[0];
    const parts = figuresBetween(index, x, re, from, m.valueOffset);
    if (parts.count >= 2 && parts.sum === m.value) return m;
  }
  return undefined;
}

/** Where the earliest statement within RECAP_REACH before the recap at `recap` stands: `first` or an earlier one. */
function firstPart(chosen: ReadonlyArray<{ m: FactMatch }>, first: FactMatch, recap: number): number {
  let from = first.valueOffset;
  for (let k = 0; k < chosen.length; k++) {
    const at = chosen[k]!.m.valueOffset;
    if (at < from && recap - at <= RECAP_REACH) from = at;
  }
  return from;
}

/** The figures of the fact's units that start in [from, to): how many, and their sum. */
function figuresBetween(
  index: TextIndex,
  x: FactExtractor,
  re: RegExp,
  from: number,
  to: number,
): { count: number; sum: number } {
  let count = 0;
  let sum = 0;
  for (let at = from; at < to; ) {
    const f = nextValue(re, index.text, at, to);
    if (f === null) break;
    const parsed = parseMatch(x, f);
    if (parsed !== undefined && typeof parsed.value === 'number') {
      count++;
      sum += parsed.value;
    }
    at = f.index + f[0].length;
  }
  return { count, sum };
}

/** How far after the first part a recap of the parts may stand. */
const RECAP_REACH = 400;
/** A recap word, then at most a few characters, right before a figure (针对上述5个, 以上共3个). */
const RECAP_BEFORE = new RegExp(`(?:${RECAP_WORDS.join('|')})[^\\d，,；;。]{0,3}$`, 'u');
