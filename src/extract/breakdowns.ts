import { opensWith, type ClaimWords } from './claim-words.js';
import type { CueParts } from './compile.js';
import { breakdownBefore, holdsAny, type FactMatch } from './claim-match.js';
import { OWN, REGION, UNSPECIFIED } from './scope-names.js';
import { scopeRank } from './role-scope.js';
import type { ReportRole } from '../model/report.js';
import { isDigitCode, type TextIndex } from './text-index.js';
import { lastPeriodTag } from './time.js';
import { tableBlock } from './table-block.js';
import { parseNumeral } from './numbers.js';
import { RECAP_WORDS, SUM_WORDS } from './sum-words.js';

/** Whether the clause holding `offset` opens with a breakdown word (其中). */
export function breaksDown(index: TextIndex, words: ClaimWords, offset: number): boolean {
  return opensWith(words.breakdown, index.text, index.clause(offset)[0]);
}

/**
 * The statements less the parts of a total: a figure in a 其中 clause with no scope word of its own, after a
 * figure of the same fact outside a breakdown in its statement (共受理2880件…；其中医疗纠纷调委会受理126件), is
 * among that total, not another statement of it. A part with its own scope (其中我局…3件) stays: its scope decides.
 */
export function withoutParts(
  index: TextIndex,
  words: ClaimWords,
  results: FactMatch[],
  role: ReportRole | undefined,
): FactMatch[] {
  if (results.length < 2) return results;
  // for a reporter of its region (a government, a 司法局), its own part's unscoped whole is the region's figure
  const ownPartOfWhole = role !== undefined && (scopeRank(role, REGION) ?? 99) < (scopeRank(role, OWN) ?? 99);
  let out: FactMatch[] | undefined;
  for (let k = 0; k < results.length; k++) {
    const m = results[k]!;
    if (isPart(index, words, results, m, ownPartOfWhole)) out ??= results.slice(0, k);
    else out?.push(m);
  }
  return out ?? results;
}

/** How far back the total a part belongs to may stand. */
const STATEMENT_REACH = 200;

function isPart(
  index: TextIndex,
  words: ClaimWords,
  results: FactMatch[],
  m: FactMatch,
  ownPartOfWhole: boolean,
): boolean {
  // a region reporter's own part (判决败诉27件，其中市政府本级败诉0件) is a part of an unscoped whole before it: the
  // whole takes in what the part names, so it is the statement (a department's own part of a court's or the city's
  // total, 审结…21件，其中以我局为被告的8件, stays its own)
  const scoped = m.scope !== UNSPECIFIED;
  if (scoped && (!ownPartOfWhole || m.scope !== OWN)) return false;
  if (!scoped && bracketedPart(index, results, m)) return true;
  // the 其中 clause that opens the list of parts m is in (其中A受理126件、…，B受理310件)
  const b = breakdownBefore(index, words, index.clause(m.valueOffset)[0]);
  if (b < 0) return false;
  // a 其中 after a semicolon breaks down the statement before it (…2880件，…；其中…126件)
  const ss = index.statementStart(b, STATEMENT_REACH);
  for (let k = 0; k < results.length; k++) {
    const t = results[k]!;
    if (t.valueOffset < ss || t.valueOffset >= b || breaksDown(index, words, t.valueOffset)) continue;
    if (!scoped || t.scope === UNSPECIFIED) return true;
  }
  return false;
}

/**
 * 败诉2件（1件被判决撤销、1件被确认违法）: a figure in the brackets opened right after another statement's figure and its
 * unit, in its sentence (not after a third figure: 培训1场（62人次）、…培训2场（140人次） are two trainings).
 */
function bracketedPart(index: TextIndex, results: FactMatch[], m: FactMatch): boolean {
  const text = index.text;
  const ss = index.sentence(m.valueOffset)[0];
  const open = openingBracket(text, ss, m.valueOffset);
  if (open < 0) return false;
  for (let k = 0; k < results.length; k++) {
    const t = results[k]!.valueOffset;
    if (t >= ss && t < open && FIGURE_AND_UNIT.test(text.slice(t, open))) return true;
  }
  return false;
}

/** A figure (digits, full-width or with a thousands comma) and a unit of one or two characters, nothing else. */
const FIGURE_AND_UNIT =
  /^(?:[\d０-９][\d０-９,，.]*|[一二两三四五六七八九十百千万零〇]+)[^\d０-９,，.、；;。（）()【】[\]一二两三四五六七八九十百千万零〇]{1,2}$/u;

/** Where the brackets holding `at` open, after `from`; -1 when `at` is in none. */
function openingBracket(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === CLOSE || c === CLOSE_ASCII || c === CLOSE_LENTICULAR || c === CLOSE_SQUARE) return -1;
    if (c === OPEN || c === OPEN_ASCII || c === OPEN_LENTICULAR || c === OPEN_SQUARE) return i;
  }
  return -1;
}

/**
 * Whether a running total (累计培养…4126名) is followed in its sentence by a 其中 clause dated to a year or this year
 * (其中2024年新培养638名; 其中本年度新增…), or by a clause opening with the year's words (本年新增41名): the year's
 * part is then stated, and the total is no year's figure.
 */
export function cumulativeBesideYearPart(
  index: TextIndex,
  w: ClaimWords,
  valueOffset: number,
  year: number | undefined,
): boolean {
  const text = index.text;
  const clause = index.clause(valueOffset);
  if (w.cumulative.last(text, clause[0], valueOffset) === undefined) return false;
  if (yearPartBefore(index, w, valueOffset, year)) return true;
  const se = Math.min(index.sentence(valueOffset)[1], valueOffset + STATEMENT_REACH);
  for (let p = clause[1] + 1; p < se; p = index.clause(p)[1] + 1) {
    const ce = index.clause(p)[1];
    // a 其中 clause, or one opening with the year's words that counts the same thing (…230名，本年新增41名; not
    // …参训1890人次，全年举办培训13场次)
    if (!breaksDown(index, w, p)) {
      const tag = lastPeriodTag(w, text, p, Math.min(ce, p + YEAR_OPENING), year);
      if (tag?.period === 'report' && tag.at - p <= 1 && sameUnitIn(text, valueOffset, p, ce)) return true;
      continue;
    }
    if (lastPeriodTag(w, text, p, ce, year)?.period === 'report') return true;
    // with the report year unknown, any one year's part (其中2024年新培养…)
    if (year === undefined && A_YEAR.test(text.slice(p, ce))) return true;
  }
  return false;
}

/**
 * Whether a clause before the running total in its statement opens with the year's words and counts the same thing
 * (年内新培养“法律明白人”318名，截至2024年底，全区累计培养…2360名): the year's part is stated before it.
 */
function yearPartBefore(index: TextIndex, w: ClaimWords, valueOffset: number, year: number | undefined): boolean {
  const text = index.text;
  // back over semicolons (全年新培育…260名；截至2025年12月，全区累计培育…3,120名)
  const ss = index.statementStart(valueOffset, STATEMENT_REACH);
  const vcs = index.clause(valueOffset)[0];
  if (vcs - ss > LONG_STATEMENT) return yearPartAmong(index, w, valueOffset, year, ss, vcs);
  for (let p = ss; p < vcs; p = index.clause(p)[1] + 1)
    if (opensWithYear(index, w, p, year) && sameUnitIn(text, valueOffset, p, index.clause(p)[1])) return true;
  return false;
}

/** Whether the clause starting at p opens with the report year's words (本年新增…, 2024年新培养…). */
function opensWithYear(index: TextIndex, w: ClaimWords, p: number, year: number | undefined): boolean {
  const tag = lastPeriodTag(w, index.text, p, Math.min(index.clause(p)[1], p + YEAR_OPENING), year);
  return tag?.period === 'report' && tag.at - p <= 1;
}

/**
 * yearPartBefore over a long statement (a text with no stops is one sentence thousands of characters long, and each
 * running total in it looked at every clause back to its start): whether one of the document's clauses opening with
 * the year's words and counting in the figure's unit starts in [ss, vcs). Those clauses are found once a document, and
 * once a unit (their starts, ascending), so a look-up is a binary search.
 */
function yearPartAmong(
  index: TextIndex,
  w: ClaimWords,
  valueOffset: number,
  year: number | undefined,
  ss: number,
  vcs: number,
): boolean {
  const unit = unitAfter(index.text, valueOffset);
  if (unit === undefined) return false;
  let known = yearOpenings.get(index);
  if (known === undefined || known.w !== w || known.year !== year) {
    const starts: number[] = [];
    for (let p = 0; p < index.text.length; p = index.clause(p)[1] + 1)
      if (opensWithYear(index, w, p, year)) starts.push(p);
    known = { w, year, starts, byUnit: new Map() };
    yearOpenings.set(index, known);
  }
  let starts = known.byUnit.get(unit);
  if (starts === undefined) {
    starts = known.starts.filter((p) => unitIn(index.text, unit, p, index.clause(p)[1]));
    known.byUnit.set(unit, starts);
  }
  // the first at or after ss
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < ss) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo]! < vcs;
}

/** How long a statement before a running total is read by the document's year-opening clauses (yearPartAmong). */
const LONG_STATEMENT = 1000;
/** Each document's clauses opening with the report year's words (for the words and year read with), and by unit. */
const yearOpenings = new WeakMap<
  TextIndex,
  { w: ClaimWords; year: number | undefined; starts: number[]; byUnit: Map<string, number[]> }
>();

const A_YEAR = /(?:19|20)\d{2}\s*年/u;
/** Whether [from, to) holds a figure in the unit of the figure at `valueOffset` (230名 … 41名). */
function sameUnitIn(text: string, valueOffset: number, from: number, to: number): boolean {
  const unit = unitAfter(text, valueOffset);
  return unit !== undefined && unitIn(text, unit, from, to);
}

/** The unit after the figure at `valueOffset` (名 of 1,260名), if any. */
function unitAfter(text: string, valueOffset: number): string | undefined {
  FIGURE_UNIT.lastIndex = valueOffset;
  return FIGURE_UNIT.exec(text)?.[1];
}

/** Whether [from, to) holds `unit` after a numeral (the unit opening the span ends the look, as it always has). */
function unitIn(text: string, unit: string, from: number, to: number): boolean {
  const clause = text.slice(from, to);
  for (let i = clause.indexOf(unit); i > 0; i = clause.indexOf(unit, i + 1))
    if (NUMERAL_END.test(clause[i - 1]!)) return true;
  return false;
}

/** A figure's digits or numerals and the unit after them (1,260名, 二百三十名). */
const FIGURE_UNIT =
  /[\d,，.０-９〇零一二三四五六七八九十百千万余]+\s*([^\d\s,，.０-９〇零一二三四五六七八九十百千万余；;。，,、）)]{1,2})/uy;
const NUMERAL_END = /[\d０-９〇零一二三四五六七八九十百千万余]/u;

/** How far into a clause the year's words (本年, 今年, 2024年) may end for it to open with them. */
const YEAR_OPENING = 6;

/**
 * The statements in the first one's sentence that add to it: of the kept scope's rank, or with no scope word of
 * their own (…其中撤销5件、确认违法2件，责令履行1件: the last clause continues its sentence). When the first is a
 * total, a breakdown's figures are among it (共37件，其中县政府规范性文件11件), not added; when the first is in the
 * breakdown itself, the parts listed there add up (审结30件，其中撤销3件、确认违法2件).
 */
export function sameSentence(
  index: TextIndex,
  chosen: ReadonlyArray<{ m: FactMatch; rank: number }>,
  rank: number,
  first: FactMatch,
  words: ClaimWords,
): FactMatch[] {
  // its sentence, or the list of short items it is one of (撤销9件；变更1件；确认违法3件)
  // (a table's rows: 其中：撤销｜7⏎变更｜2⏎确认违法｜3)
  const statement = tableBlock(index, first.valueOffset) ?? index.itemList(first.valueOffset);
  const ss = statement[0];
  const se = statement[1];
  // the first statement inside brackets opened right after another's figure (出庭应诉12件（局长出庭4件，分管副局长出庭
  // 8件）): that figure is the statement, its bracket's parts no addends
  for (let k = 0; k < chosen.length; k++) {
    const t = chosen[k]!.m;
    if (
      t.valueOffset < first.valueOffset &&
      t.valueOffset >= ss &&
      inBracketsAfter(index.text, t.valueOffset, first.valueOffset)
    )
      return [t];
  }
  const total = !breaksDown(index, words, first.valueOffset);
  // a share in a 其中 clause (其中县长出庭2件) with the statement's unscoped total before it (出庭应诉136件): the total,
  // never the two added
  if (!total) {
    // (a 其中 after a semicolon breaks down the statement before it: …出庭47件，出庭率100%；其中区长出庭1件…)
    const from = Math.min(ss, index.statementStart(index.clause(first.valueOffset)[0], STATEMENT_REACH));
    const whole = unscopedTotalBefore(index, words, chosen, first, from);
    if (whole) return [whole];
  }
  const out: FactMatch[] = [];
  for (let k = 0; k < chosen.length; k++) {
    const m = chosen[k]!.m;
    if (m !== first) {
      if (chosen[k]!.rank !== rank && m.scope !== UNSPECIFIED) continue;
      if (!statedWithin(m, ss, se)) continue;
      if (total && breaksDown(index, words, m.valueOffset)) continue;
      if (inBracketsAfter(index.text, first.valueOffset, m.valueOffset)) continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * Whether a statement stands in [ss, se), or repeats the verb of one that does (乡党委…4次；乡长办公会专题研究2次: one
 * statement over the semicolon).
 */
function statedWithin(m: FactMatch, ss: number, se: number): boolean {
  for (let c: FactMatch | undefined = m; c; c = c.continues) if (c.valueOffset >= ss && c.valueOffset < se) return true;
  return false;
}

/** A statement of no scope, no part itself, standing before `part` in its statement from ss. */
function unscopedTotalBefore(
  index: TextIndex,
  words: ClaimWords,
  chosen: ReadonlyArray<{ m: FactMatch; rank: number }>,
  part: FactMatch,
  ss: number,
): FactMatch | undefined {
  for (let k = 0; k < chosen.length; k++) {
    const m = chosen[k]!.m;
    if (m.scope !== UNSPECIFIED || m.valueOffset < ss || m.valueOffset >= part.valueOffset) continue;
    if (!breaksDown(index, words, m.valueOffset)) return m;
  }
  return undefined;
}

/**
 * Whether the sentence goes on, after the last of the figures summed, to the rest of them (局长出庭2件，其余3件由分管
 * 副局长出庭应诉): a remainder word in a clause with a figure and one of the fact's cues. The parts read are then not
 * all the parts, and their sum is no total.
 */
export function restFollows(index: TextIndex, words: ClaimWords, group: FactMatch[], cues: string[]): boolean {
  let last = group[0]!.valueOffset;
  for (let k = 1; k < group.length; k++) last = Math.max(last, group[k]!.valueOffset);
  const text = index.text;
  const se = Math.min(index.sentence(last)[1], last + STATEMENT_REACH);
  const rest = words.remainder.find(text, index.clause(last)[1], se);
  for (let k = 0; k < rest.length; k++) {
    const ce = index.clause(rest[k]!.at)[1];
    const clause = text.slice(rest[k]!.at, ce);
    if (/\d/u.test(clause) && holdsAny(clause, cues)) return true;
  }
  return false;
}

/**
 * Whether `at` lies inside brackets opened after the total at `from`, right after a figure's unit (纠错12件（撤销7件、
 * 确认违法3件）): the bracket breaks the total down, as a 其中 clause does.
 */
function inBracketsAfter(text: string, from: number, at: number): boolean {
  for (let i = at - 1; i > from; i--) {
    const c = text.charCodeAt(i);
    if (c === CLOSE || c === CLOSE_ASCII || c === CLOSE_LENTICULAR || c === CLOSE_SQUARE) return false;
    if (c === OPEN || c === OPEN_ASCII || c === OPEN_LENTICULAR || c === OPEN_SQUARE)
      return i > 1 && isFigureCode(text.charCodeAt(i - 2)) && !isFigureCode(text.charCodeAt(i - 1));
  }
  return false;
}

/** A digit or a Chinese numeral's character (一百四十二件（…）: the figure a bracket after it breaks down). */
function isFigureCode(c: number): boolean {
  return isDigitCode(c) || CN_FIGURE.includes(String.fromCharCode(c));
}
const CN_FIGURE = '一二两三四五六七八九十百千万零〇';

const OPEN = 0xff08;
const CLOSE = 0xff09;
const OPEN_ASCII = 0x28;
const CLOSE_ASCII = 0x29;
/** 【】 and [] open and close a bracket too (纠错18件【其中变更2件、…】). */
const OPEN_LENTICULAR = 0x3010;
const CLOSE_LENTICULAR = 0x3011;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;

/**
 * A total stated after a list of parts (公共法律知识培训2场，专题培训3场，共5场次): after the figure kept, in its
 * sentence, another figure in one of the fact's units (a part), then a 共 / 合计 / 累计 / 总计 clause with a figure in one
 * of them above the parts — that total is the fact's; else undefined.
 */
export function statedTotal(
  index: TextIndex,
  units: readonly string[],
  first: FactMatch,
  cues: readonly CueParts[] = [],
): { value: number; at: number; end: number } | undefined {
  if (typeof first.value !== 'number' || units.length === 0) return undefined;
  const text = index.text;
  const own = index.sentence(first.valueOffset)[1];
  // the next sentence may sum up the kinds told, opening with a word looking back (…2件。以上合计纠错12件)
  const next = own + 1 < text.length && RECAP.test(text.slice(own + 1, own + 4)) ? index.sentence(own + 1)[1] : own;
  const se = next;
  let most = first.value;
  let parts = 0;
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
    const total =
      TOTAL_BEFORE.exec(text.slice(Math.max(0, f.index - 5), f.index)) ??
      totalNamingFact(text, f.index, cues) ??
      (f.index > own ? RECAP_TOTAL.exec(text.slice(own + 1, f.index)) : null);
    if (total && parts > 0 && value > most) return { value, at: f.index - total[0].length, end: end + unit.length };
    parts++;
    most = Math.max(most, value);
  }
  return undefined;
}

/** Arabic digits, or Chinese numerals (一百五十): the parts and the total may be written either way. */
const FIGURE = /\d+|[零〇一二两三四五六七八九十百千万]+/gu;
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

function unitAt(text: string, at: number, units: readonly string[]): string | undefined {
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
