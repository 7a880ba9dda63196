import { lastIndexIn } from './bounded-search.js';
import type { FactMatch } from './claim-match.js';
import { isSemicolon, type TextIndex } from './text-index.js';
import { SUM_WORD } from './sum-words.js';
import type { WordSet } from './word-set.js';

/*
 * A township's own figure and its villages' or communities' figure, stated apart in one statement (镇调委会受理纠纷42件；
 * 各村调委会另调处纠纷103件; 街道人民调解委员会受理86件，调解成功84件；8个社区调委会受理213件，成功209件): the two tiers
 * of the township's work, added. Which words name the units is the pack's (facts.yaml `unitTiers`).
 */

/** How far the statement a tier belongs to may run on over semicolons: the sentence after the first's, at most. */
const STATEMENT_REACH = 200;

/**
 * The statements to add when the township's own figure and its units' figures stand apart in `first`'s statement (its
 * sentence, and the next or the one before across a semicolon): the township's, then each of the units' — or the
 * township's alone when it says it takes theirs in; undefined when either tier is missing there. A figure whose words
 * name both (镇村两级调委会受理132件) is neither: nothing is added.
 */
export function unitTierStatements(
  index: TextIndex,
  chosen: ReadonlyArray<{ m: FactMatch }>,
  first: FactMatch,
  tiers: Tiers,
  breakdown: WordSet,
): FactMatch[] | undefined {
  if (tierOf(index, first, tiers) === BOTH) return undefined;
  // a table's rows, one per tier (镇调委会受理纠纷（件）｜41｜47 ⏎ 村调委会受理纠纷（件）｜118｜109): one statement too
  const span = tableRows(index, first.valueOffset) ?? statementSpan(index, first.valueOffset);
  // the units told in a sentence of their own, next to the township's (街道调委会受理纠纷41件，调解成功40件。社区调委会受理
  // 纠纷106件，调解成功102件。): one statement of two tiers too
  return (
    tiersIn(index, chosen, tiers, span, breakdown) ??
    tiersIn(index, chosen, tiers, besideUnits(index, span, tiers), breakdown)
  );
}

/** The statements of the two tiers in [from, to), as unitTierStatements gives them. */
function tiersIn(
  index: TextIndex,
  chosen: ReadonlyArray<{ m: FactMatch }>,
  tiers: Tiers,
  [from, to]: [number, number],
  breakdown: WordSet,
): FactMatch[] | undefined {
  if (to <= from) return undefined;
  let own: FactMatch | undefined;
  let total: FactMatch | undefined;
  const units: FactMatch[] = [];
  for (let k = 0; k < chosen.length; k++) {
    const m = chosen[k]!.m;
    if (m.valueOffset < from || m.valueOffset >= to || typeof m.value !== 'number') continue;
    // a total written after them (…，合计117件): the two tiers' when it is their sum, else the units' own; one naming
    // the whole township (…；全镇共受理纠纷158件) is theirs
    if ((summed(index, m) || (own !== undefined && namesWhole(index, m, tiers))) && total === undefined) {
      total = m;
      continue;
    }
    const tier = tierOf(index, m, tiers);
    if (tier === BOTH) return undefined;
    if (tier === UNITS && !units.some((u) => u.valueOffset === m.valueOffset)) units.push(m);
    else if (tier === BODY) own ??= m;
  }
  if (total !== undefined) {
    // a total naming the whole township (全镇共受理纠纷158件) is the tiers', as written, even when they do not add up
    // to it (the gap is the assessor's to see, not the reader's to mend)
    if (namesWhole(index, total, tiers) || (own && units.length > 0 && sumOf([own, ...units]) === total.value))
      return [total];
    units.push(total);
  }
  if (!own || units.length === 0) return undefined;
  // the whole township's figure broken down after it (全镇受理矛盾纠纷226件，其中镇调委会41件，…村调委会…合计185件): the whole
  if (namesWhole(index, own, tiers) && breaksDown(index.text, own, units, breakdown)) return [own];
  // the township's figure taking its units' in already (街道调委会受理纠纷137件（含社区上报）): that figure alone
  return includesOthers(index.text, own.valueOffset) ? [own] : [own, ...units];
}

/**
 * Whether a breakdown word (vocabulary `breakdown`: 其中) stands between the figure and the first of the units' after
 * it: they are its parts.
 */
function breaksDown(text: string, own: FactMatch, units: readonly FactMatch[], breakdown: WordSet): boolean {
  const next = units.find((u) => u.valueOffset > own.valueOffset);
  return next !== undefined && breakdown.anyWithin(text, own.valueOffset, next.valueOffset);
}

/**
 * Whether the total's clause names the whole township before its figure: 全 right before a township word (全镇, 全街道) —
 * and not its units (全镇17个村调委会共受理…: the villages' of the whole town, one tier).
 */
function namesWhole(index: TextIndex, total: FactMatch, tiers: Tiers): boolean {
  if (tierOf(index, total, tiers) !== BODY) return false;
  const clause = index.text.slice(index.clause(total.valueOffset)[0], total.valueOffset);
  for (let k = 0; k < tiers.body.length; k++) if (clause.includes(WHOLE + tiers.body[k]!)) return true;
  return false;
}

const WHOLE = '全';

/** The statements' figures added. */
function sumOf(ms: FactMatch[]): number {
  let sum = 0;
  for (let k = 0; k < ms.length; k++) sum += ms[k]!.value as number;
  return sum;
}

/** Whether a sum word stands before the statement's figure in its clause (合计117件、成功113件). */
function summed(index: TextIndex, m: FactMatch): boolean {
  const lead = index.text.slice(index.clause(m.valueOffset)[0], m.valueOffset);
  // (or a clause opening with 共 before its verb: …，共受理85件)
  return SUM_WORD.test(lead) || lead.trimStart().startsWith(TOTAL_OPENING);
}
const TOTAL_OPENING = '共';

/** Whether the figure at `at` is followed, in brackets or after a comma, by 含 / 包含 / 包括 (137件（含社区上报）). */
function includesOthers(text: string, at: number): boolean {
  return INCLUDES_AFTER.test(text.slice(at, at + INCLUDES_REACH));
}

const INCLUDES_REACH = 16;
const INCLUDES_AFTER = /^[\d,，.]*[^\d，,；;。（(]{0,3}[（(，,]\s*(?:含|包含|包括)/u;

/** The pack's words for the units under a township and for the township itself. */
type Tiers = {
  units: readonly string[];
  body: readonly string[];
  across?: readonly string[];
  under?: readonly string[];
};

const BODY = 0;
const UNITS = 1;
const BOTH = 2;
/** a sentence opening with no tier's word */
const NONE = 3;

/**
 * Which tier the words before a statement's figure in its sentence name, the nearest deciding: the units (各村, 8个社区),
 * both (a township word in the units' clause before them: 镇村两级, 全镇12个村), or else the township's own (镇调委会, or
 * no words of either: the reporter's).
 */
function tierOf(index: TextIndex, m: FactMatch, tiers: Tiers): typeof BODY | typeof UNITS | typeof BOTH {
  const text = index.text;
  const from = index.sentence(m.valueOffset)[0];
  const unit = lastUnit(text, from, m.valueOffset, tiers);
  if (unit < 0 || lastOf(text, from, m.valueOffset, tiers.body) > unit) return BODY;
  // the whole township named before its units (全镇17个村调委会) qualifies them: one tier, not both
  const body = lastOf(text, Math.max(from, index.clause(unit)[0]), unit, tiers.body);
  return body >= 0 && text[body - 1] !== WHOLE && !underBody(text, body, unit, tiers) ? BOTH : UNITS;
}

/** Whether a word between the township word at `body` and the unit word at `unit` makes the units its (街道所辖8个社区). */
function underBody(text: string, body: number, unit: number, tiers: Tiers): boolean {
  const between = text.slice(body, unit);
  return tiers.under?.some((w) => between.includes(w)) === true;
}

/**
 * Where the last unit word starting in [from, to) starts, or -1 — not one an across word stands right before (镇调委会
 * 受理跨村土地纠纷9件: the disputes span villages, the committee is the township's).
 */
function lastUnit(text: string, from: number, to: number, tiers: Tiers): number {
  let at = lastOf(text, from, to, tiers.units);
  while (at >= 0 && tiers.across?.some((a) => text.startsWith(a, at - a.length)))
    at = lastOf(text, from, at, tiers.units);
  return at;
}

/** Where the last of the words starting in [from, to) starts, or -1. */
function lastOf(text: string, from: number, to: number, words: readonly string[]): number {
  let last = -1;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const i = lastIndexIn(text, word, Math.max(from, last + 1), to - 1 + word.length);
    if (i >= 0) last = i;
  }
  return last;
}

/** The sentence holding `at`, and the one after it when a semicolon joins them: one statement of two tiers. */
function statementSpan(index: TextIndex, at: number): [number, number] {
  const sentence = index.sentence(at);
  const text = index.text;
  let end = sentence[1];
  // a semicolon may close the line (…调解成功56件；⏎辖区8个社区…): the statement runs on over the break
  const next = isSemicolon(text.charCodeAt(end)) ? pastBreaks(text, end + 1) : semicolonLineEnd(text, end);
  if (next > 0 && next < text.length) {
    end = Math.min(index.sentence(next)[1], at + STATEMENT_REACH);
    // (and on over the semicolons after it, to the statement's end: …58件；梧桐社区21件…；全街道合计受理纠纷168件)
    while (end + 1 < text.length && isSemicolon(text.charCodeAt(end)) && end < at + STATEMENT_REACH)
      end = Math.min(index.sentence(end + 1)[1], at + STATEMENT_REACH);
  }
  // label lines one under the other (镇调委会受理：36件⏎各村调委会受理：92件): one list, one statement
  else if (isLabelLine(text, sentence[0], end)) {
    const line = pastBreaks(text, end);
    const lineEnd = index.sentence(line)[1];
    if (line > end && line < text.length && isLabelLine(text, line, lineEnd)) end = lineEnd;
  }
  // a statement before a semicolon may hold the township's tier, the one after it the units'; so may the one before
  let start = index.statementStart(sentence[0], STATEMENT_REACH);
  const before = start - 1;
  if (start === sentence[0] && before > 0 && isLineBreak(text.charCodeAt(before))) {
    let p = before;
    while (p > 0 && isLineBreak(text.charCodeAt(p))) p--;
    if (isSemicolon(text.charCodeAt(p)) && at - p <= STATEMENT_REACH) start = index.sentence(p)[0];
  }
  return [start, end];
}

/**
 * The span widened by the sentence after it, or the one before, when of the two one opens naming the township and the
 * other its units (镇调委会受理…。各村调委会受理…; 各村调委会…。乡调委会另受理…): [0, 0) when not.
 */
function besideUnits(index: TextIndex, [from, to]: [number, number], tiers: Tiers): [number, number] {
  const text = index.text;
  const own = openingTier(text, from, tiers);
  if (own === undefined) return [0, 0];
  const next = pastBreaks(text, to + 1);
  if (to < text.length && isFullStop(text.charCodeAt(to)) && pairs(own, openingTier(text, next, tiers)))
    return [from, Math.min(index.sentence(next)[1], to + STATEMENT_REACH)];
  let p = from - 1;
  while (p > 0 && isLineBreak(text.charCodeAt(p))) p--;
  if (p <= 0 || !isFullStop(text.charCodeAt(p))) return [0, 0];
  const before = Math.max(index.sentence(p)[0], from - STATEMENT_REACH);
  return pairs(own, openingTier(text, before, tiers)) ? [before, to] : [0, 0];
}

/**
 * Whether two openings name the two tiers, one each — the township's own named, or no tier named (该委员会受理…: the
 * reporter's own), beside its units named.
 */
const pairs = (a: number | undefined, b: number | undefined) =>
  ((a === BODY || a === NONE) && b === UNITS) || (a === UNITS && (b === BODY || b === NONE));

/**
 * The tier the first few characters of the sentence at `at` name before any clause ends: the units (社区调委会…, 7个社区
 * 调委会…, 原镇辖6个村…), the township (镇调委会…), none (NONE), or undefined — both (镇村两级…) or the whole (全镇…).
 */
function openingTier(text: string, at: number, tiers: Tiers): number | undefined {
  const opening = text.slice(at, at + UNITS_OPENING);
  const cut = opening.search(/[，,；;：:。]/u);
  const head = cut < 0 ? opening : opening.slice(0, cut);
  let unit = -1;
  for (let k = 0; k < tiers.units.length; k++) {
    const i = head.indexOf(tiers.units[k]!);
    if (i >= 0 && (unit < 0 || i < unit)) unit = i;
  }
  const body = lastOf(head, 0, unit < 0 ? head.length : unit, tiers.body);
  // the whole township (全镇合计…) is neither tier: a total of both
  if (body > 0 && head[body - 1] === WHOLE) return undefined;
  if (unit < 0) return body >= 0 ? BODY : NONE;
  // a township word before them names both tiers (镇村两级), unless the units are its (原镇辖6个村)
  return body < 0 || underBody(head, body, unit, tiers) ? UNITS : undefined;
}
/** How far into a sentence its tier's word may start (辖区8个社区调委会): the words naming it, not a clause. */
const UNITS_OPENING = 8;

const isFullStop = (c: number) => c === 0x3002;

/** Whether [from, to) is a short line of a label, a colon and its figure, ending at a line break or the text's end. */
function isLabelLine(text: string, from: number, to: number): boolean {
  if (to - from > LABEL_LINE || (to < text.length && !isLineBreak(text.charCodeAt(to)))) return false;
  const colon = text.slice(from, to).search(/[：:]/u);
  return colon > 0 && /\d/u.test(text.slice(from + colon, to));
}
const LABEL_LINE = 40;

/** Where the next line starts when the line break at `end` follows a semicolon (…56件；⏎), else -1. */
function semicolonLineEnd(text: string, end: number): number {
  if (!isLineBreak(text.charCodeAt(end)) || !isSemicolon(text.charCodeAt(end - 1))) return -1;
  return pastBreaks(text, end);
}

/** Past the line breaks at `p`. */
function pastBreaks(text: string, p: number): number {
  while (p < text.length && isLineBreak(text.charCodeAt(p))) p++;
  return p;
}

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;

/**
 * The rows of the text table the offset stands in — lines one under the other, each short and holding a cell mark (｜ or
 * |) — or undefined when its line is none. Line starts come from the index, and each look is bounded: a document set as
 * one long line costs no scan of it.
 */
function tableRows(index: TextIndex, at: number): [number, number] | undefined {
  const text = index.text;
  let start = index.lineStartOf(at);
  let end = rowEnd(text, start);
  if (end < 0) return undefined;
  while (start > 0 && at - start < TABLE_REACH) {
    const before = index.lineStartOf(start - 1);
    if (rowEnd(text, before) !== start - 1) break;
    start = before;
  }
  while (end + 1 < text.length && end - at < TABLE_REACH) {
    const after = rowEnd(text, end + 1);
    if (after < 0) break;
    end = after;
  }
  return [start, end];
}

/** How far from the figure a table's rows are read as one statement. */
const TABLE_REACH = 600;

/** Where the table row starting at `from` ends (its line break or the text's end), or -1 when the line is no row. */
function rowEnd(text: string, from: number): number {
  let mark = false;
  const to = Math.min(text.length, from + TABLE_LINE);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return mark ? i : -1;
    if (c === FULL_BAR || c === BAR) mark = true;
  }
  return mark && to === text.length ? to : -1;
}

/** A table row is short: a longer line is prose, whatever marks it holds. */
const TABLE_LINE = 120;
const FULL_BAR = 0xff5c;
const BAR = 0x7c;
