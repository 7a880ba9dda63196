import { parseNumeral } from './numbers.js';
import type { TextIndex } from './text-index.js';

/*
 * A claim of completion that counts what was done (反馈的6个问题，已整改5个; 4个问题中，3个已整改到位) says how far it
 * reached by the whole stated before it in its sentence.
 */

/** What a counted claim of completion says: all of the whole, part of it, or a part of no whole stated. */
export type DoneCount = 'full' | 'partial' | 'part';

/**
 * The reading of the count a claim of completion at [cueStart, cueEnd) gives — right after it (已整改7个, 已完成整改3个)
 * or right before it (3个已整改到位) — against the first count of the same unit before it in its sentence from `ss`
 * (反馈问题8个 / 指出的4项问题); undefined when the claim counts nothing, or when the count before it is the only one
 * (then it names what the claim is about).
 */
export function doneOfWhole(text: string, ss: number, cueStart: number, cueEnd: number): DoneCount | undefined {
  const after = PART_AFTER.exec(text.slice(cueEnd, cueEnd + PART_REACH));
  const before = after ? null : PART_BEFORE.exec(text.slice(Math.max(ss, cueStart - PART_REACH), cueStart));
  const part = after ?? before;
  if (!part) return undefined;
  const done = parseNumeral(part[1]!);
  const partStart = after ? cueEnd : cueStart - part[0].length;
  if (done === undefined) return undefined;
  const whole = firstCount(text.slice(ss, partStart), part[2]!);
  // with no whole before it, a count before the claim is its subject (反馈的2个问题已全部整改): all of them
  if (whole === undefined) return after ? 'part' : undefined;
  if (done > whole) return 'part';
  return done === whole ? 'full' : 'partial';
}

/** The first count of `unit` in `s` (8个, 四项), or undefined. */
function firstCount(s: string, unit: string): number | undefined {
  const m = firstCountMatch(s, unit);
  return m && parseNumeral(m[1]!);
}

/** The first count of `unit` in `s` as matched (its figure in [1]), or undefined. */
function firstCountMatch(s: string, unit: string): RegExpExecArray | undefined {
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(s); m; m = COUNT.exec(s)) if (m[2] === unit) return m;
  return undefined;
}

const NUMBER = '(\\d+|[一二两三四五六七八九十]{1,3})';
const UNIT = '([个项条件])';
/** How far from the claim its count may stand (已整改7个, 3个已). */
const PART_REACH = 8;
/** The count after the claim, past the rest of a completion phrase (已整改 + 完成5个). */
const PART_AFTER = new RegExp(`^[^\\d，,；;。、]{0,3}?${NUMBER}\\s*${UNIT}`, 'u');
const PART_BEFORE = new RegExp(`${NUMBER}\\s*${UNIT}(?:问题)?[已均]?$`, 'u');
const COUNT = new RegExp(`${NUMBER}\\s*${UNIT}`, 'gu');

/**
 * The whole a count of what was done stands beside (问题共十七个，…已整改十五个): where the count right after a claim of
 * completion at [cueStart, cueEnd) is smaller than the first count of its unit before it in its sentence (from `ss`),
 * that whole's value and where its figure stands; else undefined.
 */
export function wholeOfDone(
  text: string,
  ss: number,
  cueStart: number,
  cueEnd: number,
): { value: number; at: number; end: number } | undefined {
  const part = PART_AFTER.exec(text.slice(cueEnd, cueEnd + PART_REACH));
  const done = part ? parseNumeral(part[1]!) : undefined;
  if (!part || done === undefined) return undefined;
  const m = firstCountMatch(text.slice(ss, cueStart), part[2]!);
  const whole = m && parseNumeral(m[1]!);
  if (!m || whole === undefined || whole <= done) return undefined;
  return { value: whole, at: ss + m.index, end: ss + m.index + m[0].length };
}

/**
 * The whole stated in the sentence before a done count that opens its own or a clause after words counting nothing
 * (…问题共7条，其中…。截至2025年底，已完成整改6条; …问题共8项。县政府逐项落实整改，已整改7项 — then with no part of
 * the whole told, 其中…): only when that sentence counts problems (问题…7条, 7个问题) and nothing but a time phrase stands
 * before the count in its sentence or clause.
 */
export function wholeBefore(
  index: TextIndex,
  ss: number,
  at: number,
  end: number,
): { whole: NonNullable<ReturnType<typeof wholeOfDone>>; sentence: [number, number] } | undefined {
  if (ss === 0) return undefined;
  const opensSentence = OPENS_DONE.test(index.text.slice(ss, at));
  // or it opens a clause after ones that count nothing (对此，我局逐条建立整改台账，已完成整改6个)
  const cs = opensSentence ? ss : index.clause(at)[0];
  if (!opensSentence && (!OPENS_DONE.test(index.text.slice(cs, at)) || ANY_FIGURE.test(index.text.slice(ss, cs))))
    return undefined;
  // the nearest earlier sentence counting problems: the one before, or one more back in the same paragraph (…反馈问题9个。
  // 县政府召开专题会议部署整改。截至年底，已完成整改7个)
  let start = ss;
  for (let k = 0; k < WHOLE_SENTENCES && start > 0; k++) {
    // back over the sentence end (and, for the sentence right before, any line break between)
    let p = start - 1;
    while (p > 0 && (k === 0 ? SENTENCE_GAP : SENTENCE_GAP_IN_LINE).test(index.text[p]!)) p--;
    if (k > 0 && LINE_BREAK.test(index.text[p]!)) return undefined;
    const prev = index.sentence(p);
    const sentence = index.text.slice(prev[0], prev[1]);
    if (PROBLEM_COUNT.test(sentence)) {
      // (after a clause of its own, a whole with a part of it told — 全区问题45个，其中涉及我街道6个 — leaves it open)
      if (!opensSentence && sentence.includes('其中')) return undefined;
      const whole = wholeOfDone(index.text, prev[0], at, end);
      return whole && { whole, sentence: prev };
    }
    start = prev[0];
  }
  return undefined;
}

/** How many sentences back a done count's whole may be stated. */
const WHOLE_SENTENCES = 2;
/** What stands between two sentences: an end mark and blanks, line breaks too — or, within a paragraph, none. */
const SENTENCE_GAP = /[\s。；;]/u;
const SENTENCE_GAP_IN_LINE = /[ \u3000。；;]/u;
const LINE_BREAK = /[\n\r]/u;

/** Before a done count opening its sentence: a time phrase (截至2025年底，, 目前) and 已 / 已完成, nothing else. */
const OPENS_DONE = /^\s*(?:截至[^，,。；]{1,12}[，,]?|目前|现|年内|全年)?\s*(?:已经|均已|已)?(?:完成)?$/u;
const ANY_FIGURE = /[\d一二两三四五六七八九十]\s*[个项条件次场名人卷%％]/u;
/** A count of problems: 问题 then a figure (问题共7条, 问题9个), or a figure then 问题 (7个问题). */
const PROBLEM_COUNT = /问题[^，,。；]{0,3}\d+\s*[个项条]|\d+\s*[个项条]问题/u;
