import type { ClaimWords } from './claim-words.js';
import { opensWith } from './word-set.js';
import { breakdownBefore, holdsAny, type FactMatch } from './claim-match.js';
import { OWN, REGION, UNSPECIFIED } from './scope-names.js';
import { scopeRank } from './role-scope.js';
import type { ReportRole } from '../model/report.js';
import { isSemicolon, type TextIndex } from './text-index.js';
import { tableBlock } from './table-block.js';
import { isNumeralCode } from './numbers.js';
import type { FactExtractor } from './compile.js';
import { isWeak, namesOwnStage } from './weak-statements.js';
import { itemList } from './item-lists.js';
import { attendedBefore } from './addition-scope.js';

/** Whether the clause holding `offset` opens with a breakdown word (其中). */
export function breaksDown(index: TextIndex, words: ClaimWords, offset: number): boolean {
  return opensWith(words.breakdown, index.text, index.clause(offset)[0]);
}

/**
 * The reporter's whole that a part in a 其中 clause with a scope of its own breaks down (全年共组织执法培训14场次…，其中局机关
 * 集中培训4场次…，各执法中队…10场次): the unscoped figure before it in its statement, itself no part, its words naming no
 * system, place or body; else undefined.
 */
export function wholeOfPart(
  index: TextIndex,
  words: ClaimWords,
  chosen: ReadonlyArray<{ m: FactMatch; rank: number }>,
  part: FactMatch,
): FactMatch | undefined {
  if (!breaksDown(index, words, part.valueOffset)) return undefined;
  const ss = index.sentence(part.valueOffset)[0];
  const from = Math.min(ss, index.statementStart(index.clause(part.valueOffset)[0], STATEMENT_REACH));
  const whole = unscopedTotalBefore(index, words, chosen, part, from);
  // a whole told of a system, a place or a body (全系统共开展…19场次，其中局机关6场次; 某县市场监管局共评查575卷，其中本所…)
  // is theirs: the reporter's part is its own figure
  if (!whole || NAMES_WHOLE.test(index.text.slice(Math.min(ss, whole.at), whole.valueOffset))) return undefined;
  // nor is one of classes attended (执法人员参加各级各类培训15次，其中局内自行组织6次): the part is what it held
  return attendedBefore(words, index.text, index.clause(whole.valueOffset)[0], whole.valueOffset) ? undefined : whole;
}

const NAMES_WHOLE = /系统|[省市县区镇乡局委厅所院]|政府/u;

/**
 * The statements less the parts of a total: a figure in a 其中 clause with no scope word of its own, after a
 * figure of the same fact outside a breakdown in its statement (共受理2880件…；其中医疗纠纷调委会受理126件), is
 * among that total, not another statement of it. A part with its own scope (其中我局…3件) stays: its scope decides.
 */
export function withoutParts(
  index: TextIndex,
  x: FactExtractor,
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
    if (isPart(index, x, words, results, m, ownPartOfWhole)) out ??= results.slice(0, k);
    else out?.push(m);
  }
  return out ?? results;
}

/** How far back the total a part belongs to may stand. */
export const STATEMENT_REACH = 200;

function isPart(
  index: TextIndex,
  x: FactExtractor,
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
  // a part naming the stage the fact counts, of a weak cue's whole (收到申请97件，其中不予受理8件、受理89件), is the fact's
  // own statement: the whole gives way to it (statement-choice.ts). A part of no stage (…活动47场次，其中…专场宣传18场次)
  // stays a part
  const strong = namesOwnStage(index, x, m);
  for (let k = 0; k < results.length; k++) {
    const t = results[k]!;
    if (t.valueOffset < ss || t.valueOffset >= b || breaksDown(index, words, t.valueOffset)) continue;
    if (strong && isWeak(index, x, t)) continue;
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
 * The statements in the first one's sentence that add to it: of the kept scope's rank, or with no scope word of
 * their own (…其中撤销5件、确认违法2件，责令履行1件: the last clause continues its sentence). When the first is a
 * total, a breakdown's figures are among it (共37件，其中县政府规范性文件11件), not added; when the first is in the
 * breakdown itself, the parts listed there add up (审结30件，其中撤销3件、确认违法2件). overSemicolons: the sentence runs on
 * over the semicolons after it (a fact several of the reporter's bodies state).
 */
export function sameSentence(
  index: TextIndex,
  chosen: ReadonlyArray<{ m: FactMatch; rank: number }>,
  rank: number,
  first: FactMatch,
  words: ClaimWords,
  overSemicolons = false,
): FactMatch[] {
  // its sentence, or the list of short items it is one of (撤销9件；变更1件；确认违法3件)
  // (a table's rows: 其中：撤销｜7⏎变更｜2⏎确认违法｜3)
  const table = tableBlock(index, first.valueOffset);
  const statement = table ?? itemList(index, first.valueOffset, words.breakdown);
  // a table row's figures in columns of different scopes (县政府本级｜县直部门) are alternatives, never added (columns of
  // kinds, 撤销｜确认违法｜变更, are)
  const rowStart = table ? index.lineStartOf(first.valueOffset) : -1;
  const ss = statement[0];
  // for a fact several of the reporter's bodies state (repeatedVerbs: meetings), the clauses a semicolon joins into one
  // sentence after it (镇党委会专题研究法治建设2次；镇政府常务会议研究…1次); another fact's next clause is often another
  // body's (…其中撤销3件；县人民法院…判决撤销2件)
  const se = overSemicolons ? pastSemicolons(index, statement[1], first.valueOffset) : statement[1];
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
      if (rowStart >= 0 && m.scope !== first.scope && index.lineStartOf(m.valueOffset) === rowStart) continue;
    }
    out.push(m);
  }
  return out;
}

/** Where the sentence ending at `end` ends when semicolons join the next ones to it, within reach of `at`. */
function pastSemicolons(index: TextIndex, end: number, at: number): number {
  const text = index.text;
  let e = end;
  while (e < text.length && isSemicolon(text.charCodeAt(e)) && e + 1 < text.length) {
    const next = index.sentence(e + 1)[1];
    if (next - at > SEMICOLON_REACH) break;
    e = next;
  }
  return e;
}
/** How far past the kept figure the clauses a semicolon joins to its sentence may run. */
const SEMICOLON_REACH = 120;

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
      return i > 1 && isNumeralCode(text.charCodeAt(i - 2)) && !isNumeralCode(text.charCodeAt(i - 1));
  }
  return false;
}

const OPEN = 0xff08;
const CLOSE = 0xff09;
const OPEN_ASCII = 0x28;
const CLOSE_ASCII = 0x29;
/** 【】 and [] open and close a bracket too (纠错18件【其中变更2件、…】). */
const OPEN_LENTICULAR = 0x3010;
const CLOSE_LENTICULAR = 0x3011;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
