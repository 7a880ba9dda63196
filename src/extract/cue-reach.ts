import { breaksDown } from './breakdowns.js';
import { holdsAny, JUDGE_REACH } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { anotherNounsRate } from './rate-nouns.js';
import { captionLine, isTableRow } from './table-block.js';
import { itemLeadNames } from './item-lead.js';
import { nextValue } from './value-patterns.js';
import type { TextIndex } from './text-index.js';
import { itemList } from './item-lists.js';

/*
 * Whether a cue's hit counts for its fact: not after or before words that make it another word (非规范性文件), and, for
 * a context cue, beside a context word in its sentence; for a topic cue, in an item on the fact's topic.
 */

/** Where a cue list's hits count: anywhere, beside a context word in their sentence, or in an item on the fact's topic. */
export const ANYWHERE = 0;
export const IN_CONTEXT = 1;
export const UNDER_TOPIC = 2;
export type CueReach = typeof ANYWHERE | typeof IN_CONTEXT | typeof UNDER_TOPIC;

/** Whether a hit [at, end) of a cue list with this reach counts. */
export function reached(
  index: TextIndex,
  x: FactExtractor,
  w: ClaimWords,
  reach: CueReach,
  at: number,
  end: number,
): boolean {
  if (reach === ANYWHERE) return true;
  if (reach === IN_CONTEXT)
    return (
      !anotherNounsRate(index.text, at, end, x.context) &&
      holdsContext(index, x, w, at, x.context) &&
      (x.contextAlso.length === 0 || holdsContext(index, x, w, at, x.contextAlso))
    );
  return itemLeadNames(index, at, x.topics);
}

/** Whether the cue's sentence, or its table's caption, holds one of the words. */
function holdsContext(index: TextIndex, x: FactExtractor, w: ClaimWords, at: number, words: string[]): boolean {
  return sentenceHas(index, x, w, at, words) || tableHas(index, at, words);
}

/**
 * Whether a cue in a table's row (cells divided by a tab or a bar: 受理｜121) has a context word in the table's caption,
 * the line right above its rows (行政复议案件办理情况⏎项目｜件数⏎收到申请｜133⏎受理｜121): a row is no sentence, its
 * table is what it speaks of.
 */
function tableHas(index: TextIndex, at: number, context: string[]): boolean {
  const text = index.text;
  const line = index.position(at).line;
  if (!isTableRow(text, index.lineStart(line), index.lineStart(line + 1))) return false;
  // the other rows' labels name other things (合法性审核率｜100% above 规范性文件制发｜2): only the caption lends; the
  // document's title line is no caption
  const caption = captionLine(index, line);
  if (caption === undefined || caption === 1) return false;
  return holdsAny(text.slice(index.lineStart(caption), index.lineStart(caption + 1)), context);
}

function sentenceHas(index: TextIndex, x: FactExtractor, w: ClaimWords, at: number, context: string[]): boolean {
  const s = itemList(index, at, w.breakdown);
  // a cue opening the sentence after a semicolon has its subject before it (…复议申请64件，受理59件；已办结57件);
  // one after words of its own (…；人民调解组织受理纠纷…) does not
  // (over a line break after the semicolon too: …受理行政复议案件92件，…；⏎审结88件)
  const from = subjectless(w, index.text, s[0], at)
    ? Math.min(s[0], index.statementStart(at, CONTEXT_REACH, true), previousSentence(index, x, s[0], at, context))
    : s[0];
  const lo = Math.max(from, at - JUDGE_REACH);
  const hi = Math.min(s[1], at + JUDGE_REACH);
  return (
    holdsAny(index.text.slice(lo, hi), context) &&
    !contextInPartOnly(index, x, w, at, [lo, hi], context) &&
    !contextInLaterDenialOnly(index, x, w, at, [lo, hi], context) &&
    !contextInOwnStatementOnly(index, x, w, at, [lo, hi], context) &&
    !contextBesideExcludedOnly(index, x, at, lo, context)
  );
}

/**
 * Whether, for a fact whose context words name who does it, every context word before a context cue's clause stands
 * in a clause naming an excluded body too (严格落实县委常委会会前学法、…中心组常态化学法，全年学法15次): the figure
 * totals what the bodies that clause lists did, the excluded among them — none of them alone. (Other facts' context
 * names what, not who: 行政复议…常委会…，受理89件 still lends.)
 */
function contextBesideExcludedOnly(
  index: TextIndex,
  x: FactExtractor,
  at: number,
  lo: number,
  context: string[],
): boolean {
  const text = index.text;
  const own = index.clause(at);
  if (!x.def.contextNamesWho || own[0] <= lo || holdsAny(text.slice(own[0], own[1]), context)) return false;
  return everyContextClause(index, lo, own[0], context, (s, e) => holdsAny(text.slice(s, e), x.exclude));
}

/**
 * Whether the clauses of [from, to) hold a context word, and every clause holding one passes `test` (its span within
 * [from, to)). Run only for the facts whose context words name who does it (contextNamesWho): a callback is no cost.
 */
function everyContextClause(
  index: TextIndex,
  from: number,
  to: number,
  context: string[],
  test: (s: number, e: number) => boolean,
): boolean {
  let found = false;
  for (let p = from; p < to; ) {
    const c = index.clause(p);
    const s = Math.max(c[0], from);
    const e = Math.min(c[1], to);
    if (holdsAny(index.text.slice(s, e), context)) {
      if (!test(s, e)) return false;
      found = true;
    }
    p = c[1] + 1;
  }
  return found;
}

/**
 * Whether every context word near a context cue stands in an earlier clause that states the fact itself, by a cue of
 * its own and with a figure of its own (党组理论学习中心组学法4次，局机关集体学法15场次): that clause's words are its
 * own statement's; they lend nothing to a later clause that names a body of its own before its cue (vocabulary
 * subjectNouns: 局机关 — the staff's study).
 */
function contextInOwnStatementOnly(
  index: TextIndex,
  x: FactExtractor,
  w: ClaimWords,
  at: number,
  span: [number, number],
  context: string[],
): boolean {
  const text = index.text;
  const own = index.clause(at);
  if (!x.def.contextNamesWho || x.valueSticky === undefined) return false;
  // (a clause naming no body before its cue has the earlier one's subject: 中心组…学法1至2次，全年集体学法6次)
  if (w.subjectNouns.last(text, own[0], at) === undefined || holdsAny(text.slice(own[0], span[1]), context))
    return false;
  const re = x.valueSticky;
  return everyContextClause(
    index,
    span[0],
    own[0],
    context,
    (s, e) => holdsCue(x, text.slice(s, e)) && nextValue(re, text, s, e) !== null,
  );
}

/**
 * A cue opening its sentence with no words before it (…收到行政复议申请1113件，同比增长99.5%。受理1033件) continues the
 * sentence before it on the same line when a clause there states the matter with a figure of the fact (复议 and 1113件):
 * that sentence's start; the cue's own sentence start otherwise (合法性审查率100%。规范性文件制发5件 lends nothing).
 */
function previousSentence(index: TextIndex, x: FactExtractor, start: number, at: number, context: string[]): number {
  const text = index.text;
  // (not for a summed fact: it adds every statement it finds, and the sentence before may count the same cases —
  // 审结48件。变更1件，撤销3件… beside 纠错6件)
  if (at - start > SUBJECTLESS_LEAD || start < 1 || text[start - 1] !== '。') return start;
  if (x.valueSticky === undefined || x.aggregate === 'sum') return start;
  const before = index.sentence(start - 1);
  // (only as far back as judging reads: a sentence with no ends of its own is not read whole for every cue)
  for (let p = Math.max(before[0], at - JUDGE_REACH); p < before[1]; ) {
    const c = index.clause(p);
    const s = Math.max(c[0], p);
    const e = Math.min(c[1], before[1]);
    if (holdsAny(text.slice(s, e), context) && nextValue(x.valueSticky, text, s, e) !== null) return before[0];
    p = c[1] + 1;
  }
  return start;
}

/**
 * Whether every context word near a context cue stands in a later clause that states the fact itself, denied and with
 * no figure (办理林业行政案件19件，未发生行政诉讼; …安全生产培训3场，执法人员培训没有单独搞): that clause speaks for
 * itself, of what was not done; it lends nothing to the cue's clause.
 */
function contextInLaterDenialOnly(
  index: TextIndex,
  x: FactExtractor,
  w: ClaimWords,
  at: number,
  span: [number, number],
  context: string[],
): boolean {
  // a fact counting a whole whose later clauses say how much of it is done (反馈的3个问题中，…问题尚未整改到位): the
  // denial there is of part of the same whole
  if (x.def.doneOfWhole) return false;
  const text = index.text;
  const own = index.clause(at);
  // a context word in the cue's clause or before it lends; with no denial after it, none can be the only ones
  if (holdsAny(text.slice(span[0], own[1]), context)) return false;
  if (w.negation.last(text, own[1], span[1]) === undefined && w.zero.last(text, own[1], span[1]) === undefined)
    return false;
  let denied = false;
  for (let p = own[1] + 1; p < span[1]; ) {
    const c = index.clause(p);
    const e = Math.min(c[1], span[1]);
    const clause = text.slice(c[0], e);
    if (holdsAny(clause, context)) {
      if (
        (w.negation.last(text, c[0], e) === undefined && w.zero.last(text, c[0], e) === undefined) ||
        nextValue(x.valueSticky!, text, c[0], e) !== null ||
        !holdsCue(x, clause)
      )
        return false;
      denied = true;
    }
    p = c[1] + 1;
  }
  return denied;
}

/** Whether a clause holds one of the fact's own cues (both words of a split one, in order). */
export function holdsCue(x: FactExtractor, clause: string): boolean {
  for (let k = 0; k < x.cueParts.length; k++) {
    const part = x.cueParts[k]!;
    const first = clause.indexOf(part.first);
    if (first >= 0 && (part.second === undefined || clause.indexOf(part.second, first + part.first.length) >= 0))
      return true;
  }
  return false;
}

/**
 * Whether every context word near a context cue stands in a part of its total that counts the same thing itself
 * (全年举办培训班7场次，其中行政执法人员专题培训3场次): the part is the fact's statement, and the cue's figure a total
 * of other things too. Any other clause lends its words (收到复议申请64件，受理59件，审结57件; 开展培训3场，培训执法
 * 人员120人次).
 */
function contextInPartOnly(
  index: TextIndex,
  x: FactExtractor,
  words: ClaimWords,
  at: number,
  span: [number, number],
  context: string[],
): boolean {
  const own = index.clause(at);
  // the cheap look first: most context cues have no breakdown after them (this runs for every context cue's hit)
  if (x.valueSticky === undefined || words.breakdown.last(index.text, own[1], span[1]) === undefined) return false;
  if (holdsAny(index.text.slice(own[0], own[1]), context)) return false;
  for (let p = span[0]; p < span[1]; ) {
    const c = index.clause(p);
    const s = Math.max(c[0], span[0]);
    const e = Math.min(c[1], span[1]);
    if (
      holdsAny(index.text.slice(s, e), context) &&
      (s < own[1] || !breaksDown(index, words, s) || nextValue(x.valueSticky, index.text, s, e) === null)
    )
      return false;
    p = c[1] + 1;
  }
  return true;
}

/** How far back over semicolons a context word may stand, and how many characters (已, 共) may come before a cue
 * that opens its sentence. */
const CONTEXT_REACH = 60;
const SUBJECTLESS_LEAD = 2;

/**
 * Whether the words before a cue in its sentence name no subject of their own: at most a word or two (已, 共), or a
 * short lead clause (经审理，) and the items listed before it (撤销6件、变更1件、…).
 */
function subjectless(w: ClaimWords, text: string, from: number, at: number): boolean {
  if (at - from <= SUBJECTLESS_LEAD) return true;
  if (at - from > SUBJECTLESS_REACH) return false;
  return SUBJECTLESS.test(text.slice(from, at)) || onlyLeadWords(w, text, from, at);
}

/** Whether [from, to) is made only of words naming no subject (经审理作出, 依法作出: vocabulary subjectlessLeads). */
function onlyLeadWords(w: ClaimWords, text: string, from: number, to: number): boolean {
  let p = from;
  while (p < to && (text[p] === ' ' || text[p] === '\u3000')) p++;
  while (p < to) {
    const word = w.subjectlessLeads.at(text, p);
    if (word === undefined) return false;
    p += word.length;
  }
  return true;
}

const SUBJECTLESS_REACH = 48;
/** A lead clause of up to four characters, then items each ending in a figure and its unit, joined by 、. */
const SUBJECTLESS = /^\s*(?:[^，,；;。\d]{1,4}[，,])?(?:[^，,；;。、\d]{1,12}[\d０-９]+[件项个宗起次场]、)*$/u;

export function cueAllowed(text: string, at: number, cueLength: number, x: FactExtractor): boolean {
  const before = x.notPrecededBy;
  for (let k = 0; k < before.length; k++) {
    const w = before[k]!;
    if (at >= w.length && text.startsWith(w, at - w.length)) return false;
    // a word that ends with the cue itself (不予受理 for the cue 受理) holds it: the cue is that word's tail
    const start = at + cueLength - w.length;
    if (w.length > cueLength && start >= 0 && text.startsWith(w, start)) return false;
  }
  const after = x.notFollowedBy;
  for (let k = 0; k < after.length; k++) if (text.startsWith(after[k]!, at + cueLength)) return false;
  return true;
}
