import { lastJudging, type ClaimWords } from './claim-words.js';
import { nextValue } from './value-patterns.js';
import { CodeSet } from './code-set.js';

/**
 * Figures that 分别 / 依次 (vocabulary respectively) pair with a list of items before them
 * (2022年、2023年、2024年…分别为96.2%、97.1%和98.4%; 受理、调解成功分别为656件、628件): the
 * fact's figure is the one at its item's position, never simply the first. A list of years
 * gives the report year's position; a list of things gives the position of the item the
 * cue stands in. When neither tells it — the report year is not listed, the cue stands
 * after the word, the counts differ, or the cue is the tail of the last item and may be the
 * head noun every item shares (受理、审结行政复议案件分别为45件、40件) — no figure is taken.
 */

/** How far before the respectively word a list of years is looked for (within the sentence). */
const YEAR_LIST_REACH = 60;
/** At most this many characters of separators between two figures of one list (、 和 及 , space). */
const FIGURE_GAP = 3;

/** The respectively word governing a figure at vStart in the clause from cs, if any. */
export function respectivelyBefore(
  w: ClaimWords,
  text: string,
  cs: number,
  vStart: number,
): { at: number; word: string } | undefined {
  return w.respectively.size === 0 ? undefined : lastJudging(w, w.respectively, text, cs, vStart);
}

/** Where a figure list stands: its sentence and clause, its 分别 word, the fact's cue and the list's first figure. */
export interface RespectiveList {
  ss: number;
  cs: number;
  ce: number;
  respAt: number;
  cueStart: number;
  cueEnd: number;
  vStart: number;
}

/**
 * The fact's figure in the list, or undefined when its position cannot be told. `re` is the
 * fact's sticky value pattern.
 */
export function respectiveFigure(
  text: string,
  re: RegExp,
  list: RespectiveList,
  year: number | undefined,
): RegExpExecArray | undefined {
  const { ss, cs, ce, respAt, cueStart, cueEnd, vStart } = list;
  const figures = figureList(text, re, vStart, ce);
  const years = listedYears(text, Math.max(ss, respAt - YEAR_LIST_REACH), respAt);
  let position: number | undefined;
  if (years !== undefined) {
    if (year === undefined || years.length !== figures.length) return undefined;
    position = years.indexOf(year);
  } else {
    if (cueStart >= respAt) return undefined;
    const items = itemSpans(text, cs, respAt);
    if (items.length !== figures.length) return undefined;
    position = itemOf(text, items, cueStart, cueEnd);
  }
  return position !== undefined && position >= 0 ? figures[position] : undefined;
}

/**
 * The figures a 分别 list gives its subjects when the fact's cue follows the respectively word (甲村、乙村、丙村调委会分别
 * 受理9件、12件、7件): one figure per subject, the subjects before it — each doing what the cue says, so together they
 * did the figures' sum; with where the subjects are named. Undefined when the items are years, or their count is not
 * the figures'.
 */
export function subjectsFigures(
  w: ClaimWords,
  text: string,
  re: RegExp,
  list: RespectiveList,
): { figures: RegExpExecArray[]; subjects: [number, number]; items: Array<[number, number]> } | undefined {
  const { ss, cs, ce, respAt, cueStart, vStart } = list;
  if (cueStart < respAt || listedYears(text, Math.max(ss, respAt - YEAR_LIST_REACH), respAt) !== undefined)
    return undefined;
  const figures = figureList(text, re, vStart, ce);
  // a clause opening with the respectively word goes on with the subjects of the one before it in its sentence (甲村、
  // 乙村调委会分别受理9件、12件，分别调解成功9件、11件)
  const items = text.slice(cs, respAt).trim() === '' ? subjectsBefore(w, text, ss, cs) : itemSpans(text, cs, respAt);
  if (figures.length < 2 || items.length !== figures.length) return undefined;
  for (let k = 0; k < items.length; k++) if (items[k]![1] - items[k]![0] > SUBJECT_MAX) return undefined;
  return { figures, subjects: [items[0]![0], items[items.length - 1]![1]], items };
}

/**
 * The figures a 分别 list gives the places its activity was held at (分别在各社区、中小学校、商圈开展普法宣传活动12场、9场、
 * 7场; 在社区、学校分别开展…; 民警深入社区、学校开展法治宣传活动分别为85场和42场): one figure per place, named after a place
 * opener (vocabulary `placeOpeners`: 在, 深入) right after the respectively word or the last one in the clause before the
 * activity verb, and closed by that verb (or by 分别) — the one activity held at each, so the fact's figure is their sum.
 * Undefined when no opener names the places, or their count is not the figures'.
 */
export function placesFigures(
  w: ClaimWords,
  text: string,
  re: RegExp,
  list: RespectiveList,
): { figures: RegExpExecArray[]; items: Array<[number, number]> } | undefined {
  const { cs, ce, respAt, cueStart, vStart } = list;
  const after = respAt + (w.respectively.at(text, respAt)?.length ?? 0);
  const verb = w.activityVerbs.last(text, cs, cueStart);
  if (verb === undefined || verb.at + verb.word.length > cueStart) return undefined;
  const right = w.placeOpeners.at(text, after);
  const opener =
    right !== undefined && after < verb.at ? { at: after, word: right } : w.placeOpeners.last(text, cs, verb.at);
  if (opener === undefined) return undefined;
  const from = opener.at + opener.word.length;
  const items = itemSpans(text, from, respAt > from && respAt < verb.at ? respAt : verb.at);
  const figures = figureList(text, re, vStart, ce);
  if (figures.length < 2 || items.length !== figures.length) return undefined;
  for (let k = 0; k < items.length; k++) {
    const length = items[k]![1] - items[k]![0];
    if (length <= 0 || length > SUBJECT_MAX) return undefined;
  }
  return { figures, items };
}

/** The subjects of the 分别 list in the clause before `cs` in its sentence (from `ss`), or none. */
function subjectsBefore(w: ClaimWords, text: string, ss: number, cs: number): Array<[number, number]> {
  let pcs = cs - 2;
  while (pcs > ss && !CLAUSE_MARKS.includes(text[pcs - 1]!)) pcs--;
  if (pcs < ss || cs - 1 <= pcs) return [];
  const resp = w.respectively.last(text, pcs, cs - 1);
  return resp === undefined || resp.at === pcs ? [] : itemSpans(text, pcs, resp.at);
}
const CLAUSE_MARKS = '，,；;';

/** How long one subject of a 分别 list may be (沙垅村, 县农业综合行政执法大队). */
const SUBJECT_MAX = 16;

/** The figures of the list starting at `from`, in [from, to): each after the one before with only a few separators between. */
export function figureList(text: string, re: RegExp, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = nextValue(re, text, from, from + 1); m && m.index + m[0].length <= to; ) {
    out.push(m);
    const end = m.index + m[0].length;
    m = nextValue(re, text, end, Math.min(to, end + FIGURE_GAP + 1));
    if (m && !SEPARATORS.test(text.slice(end, m.index))) break;
  }
  return out;
}

const SEPARATORS = /^[、，,和及与\s]*$/u;
const YEAR = /((?:19|20)\d{2})\s*年?/gu;
const RANGE = /[至到—–~～-]/u;

/**
 * The years listed in [from, to) (2022年、2023年和2024年; a range 2022年至2024年 lists each year
 * of it), or undefined unless two or more are listed one after another.
 */
function listedYears(text: string, from: number, to: number): number[] | undefined {
  const span = text.slice(from, to);
  const years: number[] = [];
  let last = -1;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(span); m; m = YEAR.exec(span)) {
    const year = Number(m[1]);
    const between = last >= 0 ? span.slice(last, m.index) : '';
    const first = years[years.length - 1];
    if (first !== undefined && RANGE.test(between) && between.length <= 2 && year > first && year - first < 10)
      for (let y = first + 1; y < year; y++) years.push(y);
    // only years one after another belong to the list: a gap of other words starts it afresh
    else if (last >= 0 && !SEPARATORS.test(between)) years.length = 0;
    years.push(year);
    last = m.index + m[0].length;
  }
  return years.length >= 2 ? years : undefined;
}

/** The items of the list in [cs, to), split at 、 和 及 与 and between quoted names, as [start, end) pairs. */
export function itemSpans(text: string, cs: number, to: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let start = cs;
  for (let i = cs; i < to; i++) {
    if (ITEM_MARKS.includes(text[i]!)) {
      items.push([start, i]);
      start = i + 1;
    } else if (text[i] === OPEN_QUOTE && i > start && text[i - 1] === CLOSE_QUOTE) {
      // quoted names one after another (“世界水日”“中国水周”) are items with no mark between
      items.push([start, i]);
      start = i;
    }
  }
  items.push([start, to]);
  return items;
}

const ITEM_MARKS = '、和及与';
const OPEN_QUOTE = '“';
const CLOSE_QUOTE = '”';

/**
 * The item the cue stands in; the last item only when the cue opens it (a cue at its tail may
 * be the noun all items share).
 */
function itemOf(text: string, items: Array<[number, number]>, cueStart: number, cueEnd: number): number | undefined {
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (cueStart < item[0] || cueEnd > item[1]) continue;
    if (k < items.length - 1) return k;
    const lead = text.slice(item[0], cueStart).trim();
    return lead === '' ? k : undefined;
  }
  return undefined;
}

/**
 * Where the respectively word ends (撤销、变更分别…) when the cue is an item of the list before it — only other items
 * and their separators (、 和 及) stand between — or a list of years follows the cue (…纠纷2022年、2023年分别…); else -1.
 */
export function listedBeforeRespectively(w: ClaimWords, text: string, cueEnd: number, windowEnd: number): number {
  // an item of a list is followed by a separator or the respectively word itself: most cues are not, and are
  // passed without a search (this runs for every cue hit); a list of years may follow the cue (yearsListedAfter)
  if (w.respectively.size === 0) return -1;
  const years = yearsListedAfter(w, text, cueEnd, windowEnd);
  if (years > 0) return years;
  // the last item may be followed by the words every item shares (撤销、确认违法、责令履行方式纠错分别为…; 受理、审结行政
  // 复议案件分别为…): a few words, no other item after them
  const last = !LIST_NEXT.has(text.charCodeAt(cueEnd));
  const resp = w.respectively.last(text, cueEnd, last ? Math.min(windowEnd, cueEnd + SHARED_HEAD_REACH) : windowEnd);
  if (!resp) return -1;
  // other items and their separators only: no figure, no comma or stop
  for (let i = cueEnd; i < resp.at; i++) {
    const c = text.charCodeAt(i);
    if (NOT_AN_ITEM.has(c) || (last && c === ENUM_COMMA)) return -1;
  }
  return resp.at + resp.word.length;
}

const NOT_AN_ITEM = new CodeSet('0123456789，,；;。：:');
/**
 * At most six characters of words every item shares after the last item (方式纠错, 行政复议案件), then the
 * respectively word itself (分别, 依次: two characters) must end within this reach of the cue.
 */
const SHARED_HEAD_REACH = 6 + 2;
const ENUM_COMMA = 0x3001;
/** What follows an item of a list before 分别: a separator, or 分别 / 依次 themselves. */
const LIST_NEXT = new CodeSet('、和及与分依');

/**
 * Where the respectively word ends when a list of years follows the cue right away, then it (受理矛盾纠纷2022年、2023年
 * 分别为88件、79件): the figures are the years', the report year's read at its place (respectiveFigure); else -1.
 */
function yearsListedAfter(w: ClaimWords, text: string, cueEnd: number, windowEnd: number): number {
  // (sticky at the cue's end: with no year there it fails at once, and makes nothing)
  YEARS_AFTER_CUE.lastIndex = cueEnd;
  const m = YEARS_AFTER_CUE.exec(text);
  if (m === null) return -1;
  const listEnd = cueEnd + m[0].length;
  const end = listEnd + (w.respectively.at(text, listEnd)?.length ?? 0);
  return end > listEnd && end <= windowEnd ? end : -1;
}
/** Two years or more one after another right after the cue (2021年、2022年和2023年), each closed by 年 or 年度. */
const YEARS_AFTER_CUE = /[\s在]?(?:(?:19|20)\d{2}\s*年度?\s*[、，,和及与至到—-]?\s*){2,}/uy;

/**
 * The quoted names right before the cue (开展“安全生产月”“防灾减灾日”普法宣传活动: each a kind of the activity the cue
 * names), as items; undefined when the cue does not follow a closing quote.
 */
export function quotedKinds(text: string, cs: number, cueStart: number): Array<[number, number]> | undefined {
  if (text[cueStart - 1] !== CLOSE_QUOTE) return undefined;
  let from = cueStart;
  // back over quoted names and the marks between them
  while (from > cs && (text[from - 1] === CLOSE_QUOTE || text[from - 1] === '、')) {
    const open = text.lastIndexOf(OPEN_QUOTE, from - 1);
    if (open < cs) return undefined;
    from = open;
  }
  return itemSpans(text, from, cueStart);
}
