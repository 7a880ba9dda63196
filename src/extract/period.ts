import type { VocabularyFile } from '../model/vocabulary.js';
import { WordSet } from './word-set.js';
import { parseNumeral } from './numbers.js';
import { phrasePattern, startPattern } from './period-patterns.js';
import { datesAnObject, datesAStanding, insideName } from './dated-elsewhere.js';

/** A phrase that tells which part of the year the text reports. */
export interface PeriodPhrase {
  offset: number;
  end: number;
  kind: 'part' | 'full';
}

interface Compiled {
  /** target and scheduling words (力争, 计划于, 将于) and the ordinary words that hold one without setting a target */
  plans: WordSet;
  ordinary: WordSet;
  ordinaryReach: number;
  /** part-year phrases; a `m` group is a month that must be before December */
  part: Phrases;
  partIfInYear: Phrases | undefined;
  full: Phrases | undefined;
  /**
   * The places a phrase of any list with known starts can start, in one pattern: the lists are
   * found in one pass over the text, not one pass each.
   */
  finder: RegExp | undefined;
}

/**
 * A phrase list as one pattern, tried only where one of its phrases can start: V8 tries every
 * alternative of a long alternation at every position of the text, so a whole-text search cost
 * more than the rest of the metadata together.
 */
interface Phrases {
  /** the alternation, matching only where it is set to start */
  sticky: RegExp;
  /** the same, searching: for phrase lists whose starts are not known */
  global: RegExp;
  /** the names of the pattern's groups, in the order a match lists them (known after the first match) */
  groupNames?: string[];
  /**
   * the patterns of the places a phrase can start (its leading words, or a lone digit); undefined when a
   * phrase may start with a blank
   */
  starts: string[] | undefined;
}

const cache = new WeakMap<VocabularyFile, Compiled>();

function compiled(vocabulary: VocabularyFile): Compiled {
  let c = cache.get(vocabulary);
  if (!c) {
    // no u flag: the phrases are BMP characters, and V8 scans a non-unicode pattern faster
    const alt = (words: string[] | undefined): Phrases | undefined => {
      if (!words || words.length === 0) return undefined;
      const source = words.map((w, i) => `(?:${phrasePattern(w, i)})`).join('|');
      const starts = words.map(startPattern);
      return {
        sticky: new RegExp(source, 'y'),
        global: new RegExp(source, 'g'),
        starts: starts.every((p) => p !== undefined) ? (starts as string[]) : undefined,
      };
    };
    const part = alt(vocabulary.partYear) ?? { sticky: /(?!)/y, global: /(?!)/g, starts: [] };
    const partIfInYear = alt(vocabulary.partYearIfInYear);
    const full = alt(vocabulary.fullYear);
    // each start once: phrases sharing a start (截至{m}月底, 截至{m}月末) would have it tried again at every position
    const starts = new Set([part, partIfInYear, full].flatMap((p) => p?.starts ?? []));
    const finder = starts.size > 0 ? new RegExp([...starts].map((p) => `(?:${p})`).join('|'), 'g') : undefined;
    const ordinaryWords = vocabulary.ordinary ?? [];
    c = {
      part,
      partIfInYear,
      full,
      finder,
      plans: new WordSet([...(vocabulary.target ?? []), ...(vocabulary.scheduled ?? [])]),
      ordinary: new WordSet(ordinaryWords),
      ordinaryReach: Math.max(0, ...ordinaryWords.map((o) => o.length)),
    };
    cache.set(vocabulary, c);
  }
  return c;
}

/**
 * The period the report covers.
 *
 * part_year takes two part-year phrases (截至9月底 … 1-9月), or one and no full-year phrase
 * (全年, 一年来, 1-12月): a single 截至9月底 in an otherwise annual report dates one figure, not
 * the report. “今年以来 / 截至目前” count only in a report dated inside the report year before
 * December — written after the year ends they mean the whole year. full_year needs the year
 * known and no part-year finding.
 */
export function readPeriod(
  text: string,
  vocabulary: VocabularyFile,
  context: { year?: number; documentDate?: string; inPlan?: (offset: number) => boolean },
):
  | { period: 'part_year' | 'full_year'; phrase?: PeriodPhrase; parts: PeriodPhrase[]; full: PeriodPhrase[] }
  | undefined {
  const c = compiled(vocabulary);
  let inYear = false;
  if (c.partIfInYear && context.year !== undefined && context.documentDate) {
    const ymd = context.documentDate.split('-');
    inYear = Number(ymd[0]) === context.year && Number(ymd[1]) < 12;
  }
  // read once a document, so V8 optimises this late: lists by index, no destructuring or for…of
  const matches = matchLists(c, [c.part, inYear ? c.partIfInYear : undefined, c.full], text);
  const partMatches = matches[0]!;
  const parts: PeriodPhrase[] = [];
  for (let k = 0; k < partMatches.length; k++) {
    const m = partMatches[k]!;
    // the same pattern's matches all have the same groups: their names are listed once
    const names = (c.part.groupNames ??= Object.keys(m.groups ?? {}));
    const month = firstGroup(m, names, 'm');
    const n = month === undefined ? undefined : parseNumeral(month);
    if (month !== undefined && (n === undefined || n < 1 || n >= 12)) continue;
    // 截至2023年9月底 in a 2024 report dates a past figure, not the period reported
    const year = firstGroup(m, names, 'y') ?? yearBefore(text, m.index);
    if (year !== undefined && context.year !== undefined && Number(year) !== context.year) continue;
    // 推迟到明年上半年, 去年上半年: another year's part (vocabulary otherYear, nextYear)
    const before = text.slice(Math.max(0, m.index - OTHER_YEAR_REACH), m.index);
    if (endsWithAny(before, vocabulary.otherYear) || endsWithAny(before, vocabulary.nextYear)) continue;
    // 力争上半年完成…, 计划于下半年…, 上半年将…: the time a target is set for, not the span the data cover
    if (setForATarget(text, m.index, m.index + m[0].length, vocabulary)) continue;
    // 截至2025年11月，十五个问题均已整改销号: when problems stood, not the span the report covers
    if (datesAStanding(text, m.index, m.index + m[0].length, vocabulary)) continue;
    // a name in quotation or title marks (参加“2023年上半年县处级干部…专题研讨班”; 《…上半年…》) dates the thing named
    if (insideName(text, m.index)) continue;
    // 对我乡上半年办理的行政处罚案卷进行评查: which files, not the span
    if (datesAnObject(text, m.index + m[0].length, vocabulary)) continue;
    parts.push({ offset: m.index, end: m.index + m[0].length, kind: 'part' });
  }
  phrases(matches[1]!, 'part', parts);
  parts.sort((a, b) => a.offset - b.offset);
  // 预计全年受理约105件, 力争全年…: a forecast or a target names the whole year, it does not report it; nor does the
  // next year's plan (上半年搞执法培训2场) say which part of this year the report covers
  const inPlan = context.inPlan;
  const reported = inPlan ? parts.filter((p) => !inPlan(p.offset)) : parts;
  // (nor does the plan's 做好全年工作总结 say the report covers the whole year)
  const full = phrases(matches[2]!, 'full', []).filter(
    (f) => !setForATarget(text, f.offset, f.end, vocabulary) && !inPlan?.(f.offset),
  );
  const dating = withoutYearsParts(text, reported, full, vocabulary);
  if (dating.length >= 2 || (dating.length === 1 && full.length === 0))
    return { period: 'part_year', phrase: reported[0]!, parts, full };
  if (context.year === undefined) return undefined;
  return full[0] ? { period: 'full_year', phrase: full[0], parts, full } : { period: 'full_year', parts, full };
}

/**
 * The part-year phrases that date the report: not a part the same sentence gives the whole year's or the other half's
 * figure of, before it or after it (上半年学法3次，全年共7次; 上半年培训40人次，下半年…再培训58人次; 全年受理纠纷
 * 5,012件，其中上半年2,376件; 出庭应诉率全年达到100%，上半年为97%) — a year's figure broken down. A whole year named
 * for a target (完成全年目标任务的55%) gives no figure of the year: the part still dates.
 * (Read once a document, as readPeriod: lists by index.)
 */
function withoutYearsParts(
  text: string,
  parts: PeriodPhrase[],
  full: PeriodPhrase[],
  vocabulary: VocabularyFile,
): PeriodPhrase[] {
  if (full.length === 0) return parts;
  const dating: PeriodPhrase[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    let broken = false;
    for (let j = 0; j < full.length && !broken; j++) {
      const f = full[j]!;
      broken = sameSentence(text, p, f) && yearsFigure(text, f, vocabulary);
    }
    if (!broken) dating.push(p);
  }
  return dating;
}

/**
 * Whether two phrases stand in one sentence, either first. Phrases further apart than a sentence's reach are not looked
 * between: every pair of a long document's phrases is tried, and a slice between far ones would cost their distance.
 */
function sameSentence(text: string, a: PeriodPhrase, b: PeriodPhrase): boolean {
  if (b.offset >= a.end) return b.offset - a.end <= SENTENCE_REACH && !SENTENCE_END.test(text.slice(a.end, b.offset));
  return b.end <= a.offset && a.offset - b.end <= SENTENCE_REACH && !SENTENCE_END.test(text.slice(b.end, a.offset));
}

/** How far apart two phrases of one sentence may stand. */
const SENTENCE_REACH = 300;

/** Whether the whole-year phrase's clause gives a figure after it, no target's (全年共7次, not 全年目标任务的55%). */
function yearsFigure(text: string, f: PeriodPhrase, vocabulary: VocabularyFile): boolean {
  const clause = CLAUSE.exec(text.slice(f.end, f.end + CLAUSE_REACH))![0];
  return FIGURE.test(clause) && !holdsWord(clause, vocabulary.target) && !holdsWord(clause, vocabulary.goalNouns);
}

function holdsWord(s: string, words: string[] | undefined): boolean {
  if (words !== undefined) for (let k = 0; k < words.length; k++) if (s.includes(words[k]!)) return true;
  return false;
}

const SENTENCE_END = /[。！？!?\n]/u;
const CLAUSE = /^[^，,；;。！？!?\n]*/u;
const CLAUSE_REACH = 40;
const FIGURE = /[\d０-９一二两三四五六七八九十]/u;

/** How far before a part-year phrase another year's word may stand (明年度的). */
const OTHER_YEAR_REACH = 4;

/** How far before a part-year phrase, in its clause, a target word still sets it as a target's time. */
const TARGET_REACH = 8;

/**
 * Whether a target or scheduling word stands before the phrase in its clause (力争上半年, 计划于下半年, 将于上半年) or
 * right after it (上半年将…, 下半年力争…), outside the ordinary words that hold one (年度计划).
 */
function setForATarget(text: string, at: number, end: number, vocabulary: VocabularyFile): boolean {
  const { plans, ordinary, ordinaryReach } = compiled(vocabulary);
  let from = at;
  while (from > 0 && at - from < TARGET_REACH && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  const planWord = (i: number, to: number): boolean => {
    const word = plans.at(text, i);
    return word !== undefined && i + word.length <= to && !ordinary.covers(text, i, word.length, ordinaryReach);
  };
  for (let i = from; i < at; i++) if (planWord(i, at)) return true;
  return planWord(end, end + TARGET_AFTER);
}

/** How far after the phrase a target word may end (上半年将…). */
const TARGET_AFTER = 2;

const CLAUSE_BREAK = /[，,。；;！？!?\n：:]/u;

/** Whether `s`, without a trailing 的 or 度, ends with one of the words. */
function endsWithAny(s: string, words: string[] | undefined): boolean {
  if (words === undefined) return false;
  const t = s.replace(OF_OR_DU, '');
  for (let k = 0; k < words.length; k++) if (t.endsWith(words[k]!)) return true;
  return false;
}
const OF_OR_DU = /[度的\s]+$/u;

/** The year written right before a phrase (2026年上半年: another year's half, not the report's), if any. */
function yearBefore(text: string, at: number): string | undefined {
  return YEAR_BEFORE.exec(text.slice(Math.max(0, at - 8), at))?.[1];
}

const YEAR_BEFORE = /((?:19|20)\d{2})\s*年度?\s*(?:的)?$/u;

/** Each match as a phrase of the kind, added to `out`. */
function phrases(matches: RegExpExecArray[], kind: PeriodPhrase['kind'], out: PeriodPhrase[]): PeriodPhrase[] {
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    out.push({ offset: m.index, end: m.index + m[0].length, kind });
  }
  return out;
}

/**
 * The value of the first group, in the match's order, whose name starts with `prefix` and that
 * took part in the match. A phrase list has dozens of groups: listing a match's groups object
 * entry by entry cost more than finding the match.
 */
function firstGroup(m: RegExpExecArray, names: string[], prefix: string): string | undefined {
  const groups = m.groups;
  if (groups === undefined) return undefined;
  for (let k = 0; k < names.length; k++) {
    const name = names[k]!;
    const v = groups[name];
    if (v !== undefined && name.startsWith(prefix)) return v;
  }
  return undefined;
}

/**
 * Each list's matches in text order, as a global search of that list finds them: after a
 * match, the list's next starts at its end. Lists whose starts are known are tried in one
 * pass, only where the shared finder says a phrase can start; a list with unknown starts is
 * searched on its own. An undefined list has no matches.
 */
function matchLists(c: Compiled, lists: Array<Phrases | undefined>, text: string): RegExpExecArray[][] {
  const out: RegExpExecArray[][] = [];
  const found: number[] = [];
  for (let k = 0; k < lists.length; k++) {
    const p = lists[k];
    out.push([]);
    if (p === undefined) continue;
    if (p.starts !== undefined) {
      found.push(k);
      continue;
    }
    const global = p.global;
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) out[k]!.push(m);
  }
  const finder = c.finder;
  if (found.length === 0 || finder === undefined) return out;
  // where each list's next match may start: after its last match
  const next = new Array<number>(lists.length).fill(0);
  finder.lastIndex = 0;
  for (let f = finder.exec(text); f; f = finder.exec(text)) {
    const at = f.index;
    for (let j = 0; j < found.length; j++) {
      const k = found[j]!;
      if (at < next[k]!) continue;
      const sticky = lists[k]!.sticky;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      // phrases are never empty: the list's next search starts at the match's end
      if (m) {
        out[k]!.push(m);
        next[k] = at + m[0].length;
      }
    }
    // every place a phrase of some list can start is tried
    finder.lastIndex = at + 1;
  }
  return out;
}
