import type { ClaimContext } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import { CodeSet } from './code-set.js';
import { nextValue, valueMayStartIn, type FactExtractor } from './compile.js';
import { listedBeforeRespectively } from './respective-lists.js';
import { isColon, isComma, isDigitCode, isSemicolon, type TextIndex } from './text-index.js';
import { answerValueEnd, quantityFieldEnd } from './record-fields.js';
import { answeredQuestion } from './question-answers.js';
import { SUM_WORDS } from './sum-words.js';

/*
 * Where a cue's figure may stand: the clause it is read in (over a label's colon, over several clauses for a fact that
 * spans them), where within it a figure may begin, where a continuing clause may start, and the cheap looks for a
 * numeral that spare the judging where there is none. Offsets only: what the figure claims is figure-claims.ts's.
 */

/**
 * A figure glued to a preceding digit, 第 or decimal point is part of something else; so is one after a digit and a
 * slash (出庭应诉29/30件: the denominator of a fraction, no count of its own), or after a digit and one blank.
 */
export function glued(text: string, at: number): boolean {
  // a code, not text[at - 1]: a Han character as a string is an allocation
  const prev = at > 0 ? text.charCodeAt(at - 1) : -1;
  if (isDigitCode(prev) || prev === FIRST_MARK || prev === 0x2e) return true;
  if ((prev === SLASH || prev === FULL_SLASH) && at > 1 && isDigitCode(text.charCodeAt(at - 2))) return true;
  // so is one after a digit and one blank, or opening a line after one ending in a digit: the tail of a figure a copy
  // broke (参训1⏎0 5人次, 调解成功3,0⏎8 7件)
  if ((prev === BLANK || prev === IDEOGRAPHIC_BLANK) && at > 1 && isDigitCode(text.charCodeAt(at - 2))) return true;
  if (isDigitCode(text.charCodeAt(at)) && afterLineEndingInDigit(text, at)) return true;
  // digits right after a Chinese numeral are the tail of a broken mixed figure (1干零36件, as OCR leaves 1千零36件)
  const c = text.charCodeAt(at);
  return isDigitCode(c) && NUMERAL_CHARS.has(prev);
}
/**
 * Whether `at` opens its line (past blanks and zero-width spaces) after a line that ends in a digit or a thousands
 * separator after one: a figure a copy's line broke (…3,0⏎8 7件).
 */
function afterLineEndingInDigit(text: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && isLineBlank(text.charCodeAt(p))) p--;
  if (p < 1 || text.charCodeAt(p) !== LINE_FEED) return false;
  p--;
  while (p >= 0 && isLineBlank(text.charCodeAt(p))) p--;
  const c = text.charCodeAt(p);
  return isDigitCode(c) || ((c === 0x2c || c === 0xff0c) && p > 0 && isDigitCode(text.charCodeAt(p - 1)));
}
const LINE_FEED = 0x0a;
/** A blank, a zero-width space or a carriage return: what stands between a line's last character and its break. */
const isLineBlank = (c: number): boolean => c === BLANK || c === IDEOGRAPHIC_BLANK || c === 0x200b || c === 0x0d;
/** 第, which makes the figure after it an ordinal. */
const FIRST_MARK = 0x7b2c;
const SLASH = 0x2f;
const BLANK = 0x20;
const IDEOGRAPHIC_BLANK = 0x3000;
const FULL_SLASH = 0xff0f;

/**
 * Where a continuing clause (…，2024年为90%) may start: after a cue near its clause's end — its own clause's, for a cue
 * read over several (…累计开展各类普法活动4,300余场次，其中2024年开展1,120场次); -1 when the cue stands too far back.
 */
export function continuingFrom(ownEnd: number, ce: number, windowEnd: number): number {
  const from = ownEnd < ce || ce - windowEnd > CONTINUATION_GAP ? ownEnd : ce;
  return from - Math.min(from, windowEnd) <= CONTINUATION_GAP ? from : -1;
}

/**
 * Where a figure read in the cue's clause may begin at the latest: within maxGap of the cue, or, for an item listed
 * before 分别 (撤销、变更、确认违法分别为9件、2件、4件), in the list after it; 0 when no character there can begin one
 * (the pattern is then not run).
 */
export function figureStartReach(
  ctx: ClaimContext,
  x: FactExtractor,
  text: string,
  cueEnd: number,
  windowEnd: number,
): number {
  const listed = listedBeforeRespectively(ctx.words, text, cueEnd, windowEnd);
  if (listed > 0) return listed + RESPECTIVE_LEVEL;
  // (places gone to right after the cue, 普法宣传进社区、进楼宇、进企业活动, name the activity's kind: the gap counts past
  // them — unless a 分别 pairs them with figures each, 进社区、进学校活动分别开展12场、6场: no one figure is the activity's)
  let places = pastPlacesGone(text, cueEnd, windowEnd);
  if (places > cueEnd && ctx.words.respectively.anyWithin(text, places, Math.min(windowEnd, places + x.maxGap)))
    places = cueEnd;
  let reach = kindsNamedReach(x, text, cueEnd, windowEnd) ?? places + x.maxGap + 1;
  // an aside in brackets with no figure (受理纠纷（街道、社区两级合计）603件) says what the count takes in: not counted in the gap
  reach += asideLength(text, cueEnd, Math.min(windowEnd, reach));
  // a comparison right after the cue, then the level (参训人次较上年提高32%，达到486人次): the gap counts from the level word
  reach = Math.max(reach, comparedLevelReach(ctx.words, x, text, cueEnd, windowEnd));
  return valueMayStartIn(text, cueEnd, Math.min(windowEnd, reach)) ? reach : 0;
}

/**
 * Where a figure may begin at the latest after a comparison opening right after the cue (vocabulary `comparison`: 较上年,
 * 同比) telling a change (`change`: 提高, 增长) and closing its clause, when the next clause opens with a level word
 * (`level`: 达到, 为): maxGap past that word; else 0.
 */
function comparedLevelReach(w: ClaimWords, x: FactExtractor, text: string, cueEnd: number, windowEnd: number): number {
  let p = cueEnd;
  while (p < windowEnd && p - cueEnd < COMPARISON_NEAR && w.comparison.at(text, p) === undefined) p++;
  if (p >= windowEnd || p - cueEnd >= COMPARISON_NEAR) return 0;
  const from = p;
  while (p < windowEnd && !isComma(text.charCodeAt(p))) p++;
  // (a change told in it: 较上年提高32%, not 较多)
  if (p >= windowEnd || w.change.last(text, from, p) === undefined) return 0;
  const level = w.level.at(text, p + 1);
  return level === undefined ? 0 : p + 1 + level.length + x.maxGap + 1;
}
/** How far after a cue its comparison may open (参训人次较上年: the cue's noun between). */
const COMPARISON_NEAR = 4;

/** The length of the first aside in brackets opening in [from, to), holding no digit, or 0. */
function asideLength(text: string, from: number, to: number): number {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== OPEN_FULL && c !== OPEN_ASCII) continue;
    for (let q = p + 1; q < text.length && q - p <= ASIDE_REACH; q++) {
      const d = text.charCodeAt(q);
      if (d >= 0x30 && d <= 0x39) return 0;
      if (d === CLOSE_FULL || d === CLOSE_ASCII) return q + 1 - p;
    }
    return 0;
  }
  return 0;
}
const ASIDE_REACH = 20;
const OPEN_FULL = 0xff08;
const CLOSE_FULL = 0xff09;
const OPEN_ASCII = 0x28;
const CLOSE_ASCII = 0x29;

/**
 * Where the figure may begin at the latest after kinds named and closed by 等 right after the cue: a verb cue's object
 * told kind by kind (受理婚姻家庭、邻里、土地、劳资等各类纠纷共计1,034件: maxGap from 等), or a noun cue that is itself
 * the first kind (执法人员培训、新法解读、执法技能比武等活动7场次: a short noun after 等 only — 复议、诉讼、仲裁等法定途径
 * 解决诉求143件 counts the 诉求); undefined when no such list stands there.
 */
function kindsNamedReach(x: FactExtractor, text: string, cueEnd: number, windowEnd: number): number | undefined {
  const etc = pastKindsNamed(text, cueEnd, windowEnd);
  if (etc === cueEnd) return undefined;
  if (x.contextCues.some((cue) => text.startsWith(cue, cueEnd - cue.length))) return etc + x.maxGap + 1;
  return text.charCodeAt(cueEnd) === ENUM_MARK ? etc + NOUN_AFTER_ETC + 1 : undefined;
}
/** Past the places gone to listed right after a cue (进社区、进楼宇、进企业): each 进 and its two characters; else `at`. */
function pastPlacesGone(text: string, at: number, windowEnd: number): number {
  let end = at;
  for (let p = at; p + PLACE_GONE <= windowEnd && text.charCodeAt(p) === INTO; p = end + 1) {
    end = p + PLACE_GONE;
    if (text.charCodeAt(end) !== ENUM_MARK) break;
  }
  return end;
}
/** 进 and the place gone to (进社区): three characters. */
const PLACE_GONE = 3;

/** How long the noun after 等 may be when the cue is the list's first kind (活动, 专题活动). */
const NOUN_AFTER_ETC = 4;

/**
 * Past the kinds named right after a cue and closed by 等 (受理婚姻家庭、邻里、土地、劳资等各类纠纷共计1,034件): they say
 * what the thing counted takes in, so the gap to its figure is counted from 等; `at` itself when no such list stands
 * there (words and 、 only, no figure, no clause mark).
 */
function pastKindsNamed(text: string, at: number, windowEnd: number): number {
  const end = Math.min(windowEnd, at + KINDS_NAMED_REACH);
  let marks = 0;
  for (let p = at; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === ENUM_MARK) marks++;
    else if (c === ETC) return marks > 0 ? p + 1 : at;
    else if (c < 0x4e00 || c > 0x9fff || NUMERAL_CHARS.has(c)) return at;
  }
  return at;
}
/** How long the kinds named before 等 may run. */
const KINDS_NAMED_REACH = 24;
const ENUM_MARK = 0x3001;
const ETC = 0x7b49;

/** Where a cue's figure is read to: its own clause's end, or, for a fact read over several clauses, theirs. */
export function readEnd(
  index: TextIndex,
  x: FactExtractor,
  w: ClaimWords,
  cueEnd: number,
  clauseEnd: number,
  ownEnd: number,
): number {
  if (x.spanClauses <= 1) return ownEnd;
  return labelledClauseEnd(index, x, w, cueEnd, spannedClauseEnd(index, x, w, clauseEnd));
}

/**
 * A cue that labels its figure across a colon (行政诉讼案件：19件, 审结案件：62件): the figure's clause is the cue's.
 * Not a plan's lead (执法培训计划：举办…6场次): the words after the cue name a target, and what follows is its content.
 */
export function labelledClauseEnd(
  index: TextIndex,
  x: FactExtractor,
  w: ClaimWords,
  cueEnd: number,
  ce: number,
): number {
  const c = index.text.charCodeAt(ce);
  // a record's fields (项目：普法宣传活动；数量：52场次): the figure of the quantity field right after the cue's
  if (isSemicolon(c) && ce - cueEnd <= x.maxGap) {
    // …or of its answer field (执法人员业务培训；完成情况：举办3期)
    return quantityFieldEnd(index, w, ce) ?? answerValueEnd(index, w, ce) ?? ce;
  }
  if (!isColon(c) || ce - cueEnd > x.maxGap) return ce;
  if (ce > cueEnd && w.target.last(index.text, cueEnd, ce) !== undefined) return ce;
  const valueEnd = index.clause(ce + 1)[1];
  // a form's question answered yes, the figure after the answer (是否组织执法人员培训：是，共举办3期): its clause too
  const asked = answeredQuestion(w, index.text, index.clause(cueEnd - 1)[0], cueEnd - 1, cueEnd);
  return asked?.answer === 'yes' && asked.end === valueEnd && isComma(index.text.charCodeAt(valueEnd))
    ? index.clause(valueEnd + 1)[1]
    : valueEnd;
}

/**
 * The end of the cue's clause, taken on over `spanClauses` clauses of the same sentence and line — not
 * over a semicolon, which starts another statement (…开展普法宣传；本镇组织…8场).
 */
function spannedClauseEnd(index: TextIndex, x: FactExtractor, w: ClaimWords, ce: number): number {
  const text = index.text;
  for (let k = 1; k < x.spanClauses && ce < text.length && !STATEMENT_ENDS.includes(text[ce]!); k++) {
    // only a clause that goes on to the cue's figure (…活动，全年共计开展31场次; …，达到380场次), not one telling another
    // activity of its own (…活动，组织执法人员培训2次; …，召开会议2次)
    if (!continuesToFigure(x, w, text, ce + 1)) break;
    ce = index.clause(ce + 1)[1];
  }
  return ce;
}

/**
 * Whether the clause from `start` reaches its first figure through words that add no thing of their own: the
 * vocabulary's continuing words (全年大约搞了15场次; 镇、村两级开展宣传18场) and its this-year, level, sum, activity and
 * actual words, the fact's cues (…，宣传12场次), a quoted name and places gone to.
 */
function continuesToFigure(x: FactExtractor, w: ClaimWords, text: string, start: number): boolean {
  let p = start;
  const end = Math.min(text.length, start + CONTINUING_WORDS_REACH);
  while (p < end) {
    const c = text.charCodeAt(p);
    if ((c >= 0x30 && c <= 0x39) || NUMERAL_CHARS.has(c)) return true;
    if (c === 0x20 || c === 0x3000) {
      p++;
      continue;
    }
    // a quoted name (搞了“送法进企业”5场) and places gone to (进社区、进企业宣讲14场) name the same activity's kind
    if (c === OPEN_QUOTE) {
      // looked for within reach only: indexOf would run on to the text's end for each cue in a text with no close
      let close = p + 1;
      while (close < end && text.charCodeAt(close) !== CLOSE_QUOTE) close++;
      if (close >= end) return false;
      p = close + 1;
      continue;
    }
    if (c === INTO) {
      p += 3;
      continue;
    }
    const word =
      w.scopeWords.at(text, p) ??
      w.thisYear.at(text, p) ??
      w.level.at(text, p) ??
      w.activityVerbs.at(text, p) ??
      w.actual.at(text, p) ??
      w.continuing.at(text, p) ??
      SUM_WORDS.find((s) => text.startsWith(s, p)) ??
      x.cues.find((cue) => text.startsWith(cue, p)) ??
      x.topicCues.find((cue) => text.startsWith(cue, p)) ??
      x.contextCues.find((cue) => text.startsWith(cue, p));
    if (word === undefined) return false;
    p += word.length;
  }
  return false;
}
/** How far into the next clause its figure may start. */
const CONTINUING_WORDS_REACH = 16;
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;
/** 进, then the place gone to (进社区): its two characters. */
const INTO = 0x8fdb;

const STATEMENT_ENDS = '\n。；;';

/** At most this many characters between a cue's value window and its clause's end for a continuation. */
const CONTINUATION_GAP = 24;
const NUMERAL_CHARS = new CodeSet('零〇一二两三四五六七八九十百千万');

/** Whether a digit or Chinese numeral stands in [from, to): a look at each character, no substring or regex per cue. */
export function numeralIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || NUMERAL_CHARS.has(c)) return true;
  }
  return false;
}
/** How far past the cue's clause a continuing figure may lie (…，2024年为90%). */
const NUMERAL_REACH = 40;

/** Whether a numeral stands in [from, to), or within NUMERAL_REACH of `next` (when not -1). */
export function numeralAround(text: string, from: number, to: number, next: number): boolean {
  return numeralIn(text, from, to) || (next >= 0 && numeralIn(text, next, Math.min(text.length, next + NUMERAL_REACH)));
}

/**
 * Whether a figure of the fact (its value pattern) starts anywhere valueAfter reads one for a cue ending at cueEnd: in
 * its value window [cueEnd, windowEnd) as that window is read (a copy: a figure's look-ahead at its end sees no
 * character), or from cueEnd to its sentence's end, and past a semicolon on to the next one's (where a 其中 continues
 * the statement: figure-continuation.ts `continuation`). Every figure valueAfter takes — in the clause, a 分别 list, a
 * level or actual figure in a later clause — is its pattern's match starting there, except one in a split cue's gap:
 * a numeral near a cue (numeralAround) mostly counts something else, and where none of these is, the judging is spared.
 */
export function figureAhead(
  index: TextIndex,
  x: FactExtractor,
  cueStart: number,
  cueEnd: number,
  windowEnd: number,
): boolean {
  const re = x.valueSticky!;
  const text = index.text;
  if (windowEnd > cueEnd && nextValue(re, text.slice(cueEnd, windowEnd), 0, windowEnd - cueEnd) !== null) return true;
  const se = index.sentence(cueStart)[1];
  const to = isSemicolon(text.charCodeAt(se)) ? index.sentence(se + 1)[1] : se;
  return nextValue(re, text, cueEnd, to) !== null;
}

/** How far past the respectively word its list's first figure may start (分别为, 分别是). */
const RESPECTIVE_LEVEL = 3;

/**
 * Past an aside in brackets saying what the count takes in (审结（含上年结转）68件; 结案（包括上年受理后结转）68件): its
 * words date nothing — the cases carried over are counted in the year's figure. The judged words start after it.
 */
export function pastInclusionAside(text: string, from: number, to: number): number {
  for (let p = from; p < to; p++) {
    const c = text[p];
    if (c !== '（' && c !== '(') continue;
    if (!INCLUSION.test(text.slice(p + 1, p + 3))) return from;
    for (let q = p + 1; q < to; q++) if (text[q] === '）' || text[q] === ')') return q + 1;
    return from;
  }
  return from;
}
const INCLUSION = /^(?:含|包括|包含)/u;
