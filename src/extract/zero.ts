import { judging, lastJudging, type ClaimWords } from './claim-words.js';
import { excluded, holdsAny, Match, PERIOD_REACH, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import type { TextIndex } from './text-index.js';
import { rowFigureCount } from './table-columns.js';
import { lastPeriodTag } from './time.js';
import { answeredQuestion, type AnsweredQuestion } from './question-answers.js';
import { outcomeShared } from './zero-outcomes.js';
import { RESPONDENT_ROLE } from './scope-names.js';

/** At most this many characters between a zero word and the thing (未出台行政规范性文件: 行政). */
const MAX_GAP = 6;
/** How much further back a zero word may stand before a respondent phrase (以街道办事处为被告的). */
const RESPONDENT_REACH = 14;
/** At most this much of the clause after the thing (未发生行政复议和行政诉讼案件: 和行政诉讼案件). */
const MAX_TAIL = 10;
/** How far before the thing its zero word may stand: past a respondent named before each of two things coordinated. */
const ZERO_WORD_REACH = MAX_GAP + 2 * RESPONDENT_REACH + MAX_TAIL;

/** Whether a negation stands right before the zero word at `at`, no list mark between (仍未实现零败诉). */
function deniedZero(w: ClaimWords, text: string, cs: number, at: number): boolean {
  const neg = lastJudging(w, w.negation, text, Math.max(cs, at - DENIED_ZERO_REACH), at);
  return neg !== undefined && !/[、，,；;]/u.test(text.slice(neg.at + neg.word.length, at));
}

/** How far before a zero word a negation denies it (仍未实现|零败诉: 未实现). */
const DENIED_ZERO_REACH = 4;

export const STATED_ZERO_NOTE = '载明为零：报告写明本年度没有此类事项';

/**
 * A stated absence of the thing named at [cueStart, cueEnd) in the clause [cs, ce): a zero
 * word right before it (未发生行政诉讼案件, 实现零败诉, 无重大行政决策事项) or right after it
 * (败诉案件为零). The clause must be about the thing itself: nothing but a few nouns may
 * follow it (未发生行政诉讼案件的单位 is about units; 没有复议案件被纠错 is about corrections).
 * Returns the span to quote.
 */
export function statedZero(
  w: ClaimWords,
  text: string,
  cs: number,
  ce: number,
  cueStart: number,
  cueEnd: number,
): [number, number] | undefined {
  // a form's question answered no (是否有败诉案件：否; 局本级是否制定行政规范性文件：否) is none of the thing it asks of
  const asked = answeredQuestion(w, text, cs, cueStart, cueEnd);
  if (asked)
    return asked.answer === 'no' && askedOfThing(w, text, asked, cueStart, cueEnd) ? [asked.at, asked.end] : undefined;
  const before = lastJudging(w, w.zero, text, Math.max(cs, cueStart - ZERO_WORD_REACH), cueStart);
  // a zero denied (仍未实现零败诉, 没有做到零纠错): there were some — not a negation of a coordinated thing before it
  // (未起草、未印发行政规范性文件)
  if (before && deniedZero(w, text, cs, before.at)) return undefined;
  if (before) {
    // a qualifier of the thing after the zero word (未制定新的规范性文件, 未出台单独的…): what there was none of is the thing
    const gap = pastQualifier(w, text.slice(before.at + before.word.length, cueStart));
    // the second of two things coordinated (未发生行政复议案件和行政诉讼案件: 行政复议案件和)
    const plain = (gap.length <= MAX_GAP || coordinatedFirst(gap) || SECOND_QUALIFIED.test(gap)) && plainNouns(gap);
    if (
      (plain || RESPONDENT.test(gap) || RESPONDENT_FIRST.test(gap)) &&
      tailIsThing(w, text, cueEnd, ce) &&
      !outcomeShared(w, text, before.at, cueEnd, ce)
    )
      return [before.at, ce];
  }
  // a plain negation and a qualifier of the making (未以本局名义制定行政规范性文件, 本局未单独制发规范性文件)
  const qualified = qualifiedNegation(w, text, cs, cueStart);
  if (qualified !== undefined && tailIsThing(w, text, cueEnd, ce)) return [qualified, ce];
  const after =
    w.zeroAfter.size > 0
      ? judging(w, w.zeroAfter, text, cueEnd, Math.min(ce, cueEnd + MAX_TAIL + MAX_GAP + 4))[0]
      : undefined;
  // a zero figure written as a label's value (规范性文件：0件, 规范性文件0件) is no 0 inside a larger figure (10件)
  if (after && !(isDigitWord(after.word) && DIGIT_BEFORE.test(text.charAt(after.at - 1)))) {
    const end = after.at + after.word.length;
    // what follows the zero word is what there was none of (行政诉讼中无一例败诉: no losses, not no suits; 为0.5%
    // is a figure), and between the thing and the zero word a word other than a closing noun names something
    // else (行政诉讼败诉率为零 is a rate, not no suits): only a closing noun may stand on either side
    // an adverb may stand before the zero word (行政诉讼案件也为零, 行政复议案件亦为0)
    // a label's value may open with the report year (规范性文件：本年度未制发; 行政诉讼案件：全年未发生): it dates, it names
    // nothing
    const between = text
      .slice(cueEnd, after.at - thisYearBefore(w, text, cueEnd, after.at))
      .trim()
      .replace(ADVERB_AFTER, '')
      .replace(LABEL_SEPARATOR, '');
    if (emptyOrCoordinated(w, between) && emptyOrNoun(w, text.slice(end, ce).trim())) return [cueStart, end];
  }
  return undefined;
}

const plainNouns = (s: string) => !/[\d的]/u.test(s);

/**
 * Whether a question asks of the thing itself: a few plain words between its question word and the thing (是否有|败诉
 * 案件, 是否|制定行政规范性文件), or the reporter as respondent (是否发生以本局为被申请人的行政复议案件), and nothing but
 * nouns after it up to the question's colon.
 */
function askedOfThing(w: ClaimWords, text: string, asked: AnsweredQuestion, cueStart: number, cueEnd: number): boolean {
  const gap = text.slice(asked.at + asked.word.length, cueStart);
  return (
    ((gap.length <= MAX_GAP && plainNouns(gap)) || ASKED_RESPONDENT.test(gap)) &&
    tailIsThing(w, text, cueEnd, asked.mark)
  );
}

/** The length of a this-year word ending at `at` right after a label's separator (规范性文件：本年度|未制发), or 0. */
function thisYearBefore(w: ClaimWords, text: string, from: number, at: number): number {
  for (let k = 2; k <= THIS_YEAR_LONGEST && at - k > from; k++) {
    const word = w.thisYear.at(text, at - k);
    if (word?.length === k && LABEL_SEPARATOR.test(text.slice(from, at - k))) return k;
  }
  return 0;
}
/** The longest this-year word (本年度). */
const THIS_YEAR_LONGEST = 3;
/** A first thing coordinated before the thing (行政复议案件和, 行政复议、): a short run of words ending in a coordinator. */
const coordinatedFirst = (gap: string) => gap.length <= MAX_GAP + MAX_TAIL && COORDINATED_END.test(gap);
/**
 * A first thing coordinated, then a few words of the second before the thing (未发生行政复议案件和行政诉讼|败诉案件:
 * no losses; 未发生行政复议、行政应诉|败诉案件): the none covers the second thing's words and the thing.
 */
const SECOND_QUALIFIED = new RegExp(
  `^[^，,。；;]{1,${MAX_GAP + MAX_TAIL}}[和及、或与][^，,。；;和及、或与]{1,${MAX_GAP}}$`,
  'u',
);
/** An adverb right before a zero word after the thing (也为零). */
const ADVERB_AFTER = /[也亦]$/u;
/** A label's separator before its value (规范性文件：0件, 制发数｜无). */
const LABEL_SEPARATOR = /[：:｜|\s]+$/u;
const isDigitWord = (word: string) => /^[0０]/u.test(word);
const DIGIT_BEFORE = /[\d０-９.．,，]/u;

/** How far before the thing a negation with a qualifier may stand (未以街道办事处名义制发行政…). */
const QUALIFIED_REACH = MAX_GAP + 16;

/**
 * Where a plain negation (未, 没有) stands that a qualifier of the making follows — in whose name (以本局名义) or a word of
 * the vocabulary's zeroQualifiers (单独, 新) — and then at most MAX_GAP plain characters to the thing: none was made
 * (未以本局名义制定行政规范性文件, 本局未单独制发规范性文件, 未新制定规范性文件). A negation alone (未经审核的规范性文件) is none.
 */
function qualifiedNegation(w: ClaimWords, text: string, cs: number, cueStart: number): number | undefined {
  const neg = lastJudging(w, w.negation, text, Math.max(cs, cueStart - QUALIFIED_REACH), cueStart);
  if (!neg) return undefined;
  let p = neg.at + neg.word.length;
  const named = IN_NAME.exec(text.slice(p, cueStart));
  if (named) p += named[0].length;
  else {
    const word = w.zeroQualifiers.at(text, p);
    if (word === undefined) return undefined;
    p += word.length;
  }
  const gap = text.slice(p, cueStart);
  return gap.length <= MAX_GAP && plainNouns(gap) ? neg.at : undefined;
}

/** The gap without a zeroQualifier opening it and its 的 (新的, 单独的), else the gap. */
function pastQualifier(w: ClaimWords, gap: string): string {
  const word = w.zeroQualifiers.at(gap, 0);
  if (word === undefined) return gap;
  const rest = gap.slice(word.length);
  return rest.startsWith('的') ? rest.slice(1) : rest;
}

/** In whose name a thing was made (以本局名义, 以乡政府名义). */
const IN_NAME = /^以[^\d，,。；;的]{1,10}?名义/u;
const CLOSING_QUOTES = /^[”’」』"]+/u;
/** A second thing coordinated with the first (和行政诉讼案件, 、行政诉讼), and a first one before the thing (行政复议案件和). */
const COORDINATORS = '[和及、或与]';
// (one phrase may name both roles: 以街道办事处为被申请人、被告的行政复议和行政诉讼案件)
const RESPONDENT_PHRASE = `以[^\\d，,。；;的]{1,10}为${RESPONDENT_ROLE}(?:[、和及]${RESPONDENT_ROLE})?的`;
/** The respondent before the second of two things, its name left to the first's (…复议案件和为被告的行政诉讼案件). */
const SECOND_RESPONDENT = `(?:以[^\\d，,。；;的]{1,10})?为${RESPONDENT_ROLE}的`;
/** Who the thing was against (未发生以本局为被告的行政诉讼案件): the reporter as respondent, no other qualifier. */
const RESPONDENT = new RegExp(`^${RESPONDENT_PHRASE}$`, 'u');
/** A verb and the reporter as respondent between a question word and the thing (是否|发生以本局为被申请人的|行政复议案件). */
const ASKED_RESPONDENT = new RegExp(`^[^\\d，,。；;的以]{0,4}${RESPONDENT_PHRASE}$`, 'u');
/** A respondent named anywhere between a zero word and the thing: whose none it is. */
const RESPONDENT_BETWEEN = new RegExp(RESPONDENT_PHRASE, 'u');
/**
 * A first thing coordinated before the thing with the respondent named (未发生以我局为被申请人的行政复议案件和行政诉讼案件;
 * …复议案件和以镇政府为被告的行政诉讼案件; …复议案件和为被告的行政诉讼案件): the respondent before either thing, or both.
 */
const RESPONDENT_FIRST = new RegExp(
  `^(?:${RESPONDENT_PHRASE})?[^\\d，,。；;的以]{2,12}${COORDINATORS}(?:${SECOND_RESPONDENT})?$`,
  'u',
);

/**
 * Whether what stands between the thing and a zero word after it is nothing, a closing noun, or a second thing
 * coordinated with it (行政复议、行政诉讼案件均为零): plain words only, ending in a closing noun if any.
 */
function emptyOrCoordinated(w: ClaimWords, between: string): boolean {
  if (emptyOrNoun(w, between)) return true;
  const rest = afterNoun(w, between);
  if (!COORDINATED.test(rest) || rest.length > MAX_TAIL || !plainNouns(rest)) return false;
  // the second thing ends as the first would: in a closing noun or bare (、行政诉讼)
  return !/[率额数]$/u.test(rest);
}

/** Whether a clause's rest is nothing or one closing noun of the vocabulary (案件, 事项). */
function emptyOrNoun(w: ClaimWords, tail: string): boolean {
  if (tail.length === 0) return true;
  const noun = w.zeroNouns.at(tail, 0);
  return noun !== undefined && noun.length === tail.length;
}

/** The rest of the clause after the thing: empty, a 的-free coordinated thing (和行政诉讼案件), or a noun like 案件 / 事项. */
function tailIsThing(w: ClaimWords, text: string, from: number, ce: number): boolean {
  // an aside in brackets closing the clause (未发生行政诉讼案件（2024年1件）) names no other thing
  // a respondent named before a second thing coordinated (…复议案件和以镇政府为被告的行政诉讼案件) says whose it is, no more
  const raw = text.slice(from, ce).replace(BRACKETED_ASIDE, '').replace(RESPONDENT_SECOND, '$1');
  if (raw.length > MAX_TAIL + 4) return false;
  // a closing quote after the thing (实现“零败诉”) is no word of the clause's
  const tail = raw.trim().replace(CLOSING_QUOTES, '');
  if (emptyOrNoun(w, tail)) return true;
  if (tail.length > MAX_TAIL + 2 || !plainNouns(tail)) return false;
  // a coordinated second thing may follow (和行政诉讼案件), after a closing noun too (案件和行政诉讼案件)
  return COORDINATED.test(afterNoun(w, tail));
}

const BRACKETED_ASIDE = /[（(][^（()）]*[）)]\s*$/u;
/** A coordinator, then a respondent named before the second thing (和以镇政府为被告的): the coordinator kept. */
const RESPONDENT_SECOND = new RegExp(`(${COORDINATORS})${RESPONDENT_PHRASE}`, 'u');

/** The text past a closing noun of the vocabulary at its start (案件和… → 和…), or the text itself. */
function afterNoun(w: ClaimWords, s: string): string {
  const noun = w.zeroNouns.at(s, 0);
  return noun === undefined ? s : s.slice(noun.length);
}

const COORDINATED = new RegExp(`^${COORDINATORS}`, 'u');
const COORDINATED_END = new RegExp(`${COORDINATORS}$`, 'u');

/**
 * A stated zero of a count fact (未发生行政诉讼案件 → 0), judged like any claim: not a target, not another year's. With
 * `outright`, the words at [cueStart, cueEnd) state the zero themselves (全部胜诉, 未败诉: a fact's zeroPhrases).
 */
export function zeroAt(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
  cueEnd: number,
  outright = false,
): FactMatch | undefined {
  const clause = labelledClause(index, ctx.words, cueEnd, index.clause(cueStart));
  if (excluded(index, ctx.words, clause[0], clause[1], x, cueStart)) return undefined;
  const span = outright
    ? [cueStart, cueEnd]
    : statedZero(ctx.words, index.text, clause[0], clause[1], cueStart, cueEnd);
  if (!span || othersBesidesTold(index, ctx.words, x, span[0]!, cueStart)) return undefined;
  if (notWhole(index.text, ctx.words, clause[0], span[0]!)) return undefined;
  // a 0 in a table row of several figures (败诉｜0件｜1件) is a column's, which the table's header names: read as a row
  if (multiFigureRow(index, cueStart)) return undefined;
  return judgedZero(index, ctx, clause[0], clause[1], cueStart, span[0]!, span[1]!);
}

/**
 * Whether the line at `at` is a table row with two cells or more holding a figure after its label (table-columns.ts
 * divides its cells); a line running on past a row's reach either side is none.
 */
function multiFigureRow(index: TextIndex, at: number): boolean {
  const line = index.position(at).line;
  const ls = index.lineStart(line);
  if (ls < at - ROW_REACH) return false;
  // (the next line's start, found by the line table, not a scan: a text with no line breaks is one line)
  const le = Math.min(index.lineStart(line + 1), at + ROW_REACH);
  return rowFigureCount(index.text, ls, le) >= 2;
}
/** How far a table row runs either side of its label. */
const ROW_REACH = 120;

/**
 * The clause a zero after the thing is read in: a label's colon right after the thing (行政复议、行政诉讼：均未发生;
 * 行政诉讼案件：无) does not end it — the clause after the colon is the label's value.
 */
function labelledClause(index: TextIndex, w: ClaimWords, cueEnd: number, clause: [number, number]): [number, number] {
  const text = index.text;
  const colon = clause[1];
  if (colon >= text.length || !LABEL_COLONS.includes(text[colon]!)) return clause;
  // (a label is short: no slice of a long clause for every cue in it)
  if (colon - cueEnd > MAX_TAIL || !emptyOrNoun(w, text.slice(cueEnd, colon).trim())) return clause;
  return [clause[0], index.clause(colon + 1)[1]];
}
const LABEL_COLONS = '：:';

/**
 * None of others besides those told (共同被诉1件…。我局无其他行政诉讼案件): an others word (其他) between the zero word
 * and the thing, and the thing named by one of the fact's cues or zero cues in the two sentences before — then there were some,
 * and the zero is no zero of the whole. Nothing of it told before (…未发生其他行政诉讼和行政复议案件, for 复议), it is.
 */
function othersBesidesTold(index: TextIndex, w: ClaimWords, x: FactExtractor, zs: number, cueStart: number): boolean {
  const text = index.text;
  if (zs >= cueStart || w.others.find(text, zs, cueStart).length === 0) return false;
  // the statement before (its sentence carried back over semicolons), over its end and the line break after it
  let p = index.sentence(zs)[0] - 1;
  while (p > 0 && SENTENCE_GAP.test(text.charAt(p))) p--;
  const from = Math.max(p > 0 ? index.statementStart(p, TOLD_REACH) : 0, zs - TOLD_REACH);
  const told = text.slice(from, zs);
  return holdsAny(told, x.cues) || holdsAny(told, x.contextCues) || holdsAny(told, x.zeroCues);
}

/**
 * Whether a zero word is no zero of the whole: the rest's (除1件败诉外，其余均胜诉 — a remainder word before it in its
 * clause), or denied (并非没有败诉案件 — a denial word right before it).
 */
function notWhole(text: string, w: ClaimWords, cs: number, zs: number): boolean {
  if (w.remainder.last(text, cs, zs) !== undefined) return true;
  let p = zs;
  while (p > cs && BLANK.test(text.charAt(p - 1))) p--;
  const denial = w.deniedNone.last(text, Math.max(cs, p - DENIAL_LENGTH), p);
  return denial !== undefined && denial.at + denial.word.length === p;
}
const BLANK = /\s/u;
/** The longest denial word looked for right before a zero. */
const DENIAL_LENGTH = 4;

/** How far before a zero of others the things told may stand. */
const TOLD_REACH = 200;
/** What stands between two sentences: the first's end, blanks, line breaks. */
const SENTENCE_GAP = /[\s。！？!?]/u;

/** A zero stated at [zs, ze) in the clause [cs, ce): not set as a target, not dated to another year. */
function judgedZero(
  index: TextIndex,
  ctx: ClaimContext,
  cs: number,
  ce: number,
  cueStart: number,
  zs: number,
  ze: number,
): FactMatch | undefined {
  const text = index.text;
  const w = ctx.words;
  if (lastJudging(w, w.target, text, Math.max(cs, zs - 20), zs)) return undefined;
  const ss = index.sentence(zs)[0];
  if (
    !ctx.undated &&
    (
      lastPeriodTag(w, text, cs, zs, ctx.year) ??
      lastPeriodTag(w, text, Math.max(ss, zs - PERIOD_REACH), zs, ctx.year, true)
    )?.period === 'other'
  )
    return undefined;
  // (the respondent named between the zero word and the thing, 全县未发生以本局为被告的…, is whose none it is)
  const scopeFrom = RESPONDENT_BETWEEN.test(text.slice(zs, cueStart)) ? cueStart : zs;
  return new Match(0, cueStart, ctx, cs, scopeFrom, quote(index, cs, ce, zs, ze, false, STATED_ZERO_NOTE));
}
