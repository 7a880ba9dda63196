import { Match, PERIOD_REACH, excluded, periodFor, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import { valueMayStartIn, type FactExtractor } from './compile.js';
import { modality } from './polarity.js';
import { UNSPECIFIED } from './scope-names.js';
import { isClauseEnd, isDigitCode, type TextIndex } from './text-index.js';
import { holdsCue } from './cue-reach.js';
import { parseMatch } from './value-parse.js';

/*
 * A later clause that repeats a cue's verb with a body of its own and a figure, the object left unsaid because the
 * clause before said it: 镇党委会专题研究法治建设3次，镇政府常务会议专题研究2次 — the 2 counts the same thing. The
 * verbs are the fact's `repeatedVerbs` (facts.yaml); the clause must be only a subject, one of them and the figure,
 * so a clause naming an object of its own (…，研究安全生产2次) or breaking the figure down (其中专题研究1次) is not one.
 * Under a label naming the fact before a colon the items need no verb (专题研究法治建设：镇党委会2次，镇政府常务会议2次),
 * nor does an item that only names a meeting by the fact's respectiveBodies and counts it (…专题研究法治建设2次、镇党委会1次;
 * …研究法治工作3次，局务会2次): the meeting held is the act, as in a list of them before the cue (figure-before.ts).
 */

/** At most this many characters name the clause's own subject (镇政府常务会议, 街道主任办公会议). */
const SUBJECT_MAX = 14;
/** A subject names a body: at least this many characters (党组会). */
const SUBJECT_MIN = 2;
/** At most this many characters may follow a figure before its clause ends (2次 | 2次会议). */
const TAIL_MAX = 2;

/**
 * The figure the clause right after `taken` gives by repeating a verb of the fact (…专题研究法治建设3次，镇政府常务会议
 * 专题研究2次 → 2), judged as a figure after its cue is; undefined when the next clause is not one.
 */
export function repeatedVerbFigure(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  taken: FactMatch,
): FactMatch | undefined {
  const text = index.text;
  const re = x.valueSticky!;
  re.lastIndex = taken.valueOffset;
  const figure = re.exec(text);
  if (!figure || figure.index !== taken.valueOffset) return undefined;
  // the taken figure closes its clause (3次，), and a list mark or a comma opens the next
  const mark = clauseEndAfter(text, taken.valueOffset + figure[0].length);
  if (mark < 0 || !isListMark(text.charCodeAt(mark))) return undefined;
  const subject = mark + 1;
  // under a label naming the fact (专题研究法治建设：镇党委会2次，镇政府常务会议2次) an item is a subject and its figure
  const verb =
    verbAfterSubject(text, x.repeatedVerbs, subject) ??
    (underFactLabel(index, x, taken.valueOffset) ? subjectOnly(text, subject) : meetingOnly(index, x, taken, subject));
  if (verb === undefined) return undefined;
  // an aspect particle may follow the verb (我乡培育了88名), or a label's colon (镇长办公会专题研究：2次)
  const vEnd = pastLabelColon(
    text,
    verb.at +
      verb.word.length +
      (verb.word !== '' && text.charCodeAt(verb.at + verb.word.length) === PERFECTIVE ? 1 : 0),
  );
  re.lastIndex = vEnd;
  const m = re.exec(text);
  if (!m || m.index !== vEnd) return undefined;
  const end = clauseEndAfter(text, vEnd + m[0].length);
  if (end < 0) return undefined;
  const w = ctx.words;
  const ss = index.sentence(subject)[0];
  if (excluded(index, w, subject, end, x, vEnd)) return undefined;
  if (modality(w, text, subject, end, verb.at, vEnd, ss) !== 'result') return undefined;
  const period = periodFor(
    ctx,
    w,
    text,
    Math.max(ss, subject - PERIOD_REACH),
    subject,
    verb.at,
    subject,
    vEnd,
    ctx.year,
  );
  if (period !== 'report') return undefined;
  const parsed = parseMatch(x, m);
  if (!parsed) return undefined;
  const q = quote(index, subject, end, vEnd, vEnd + m[0].length, parsed.approximate);
  const repeated = new Match(parsed.value, vEnd, ctx, subject, verb.at, q);
  // a body its words do not place (乡长办公会) is of the scope of the body the verb is repeated from (乡党委): the
  // reporter's own meetings side by side, not a figure of no one's
  if (repeated.scope === UNSPECIFIED) repeated.scope = taken.scope;
  repeated.continues = taken;
  return repeated;
}

/** The verb of `verbs` (longest first) after a subject of SUBJECT_MIN–SUBJECT_MAX characters at `from`, if any. */
function verbAfterSubject(text: string, verbs: string[], from: number): { at: number; word: string } | undefined {
  const limit = Math.min(text.length, from + SUBJECT_MAX + 1);
  for (let p = from; p < limit; p++) {
    const c = text.charCodeAt(p);
    // the subject is words only: a figure, a mark or a line's end before the verb makes it another statement
    if (isDigitCode(c) || isClauseBreak(c)) return undefined;
    if (p - from < SUBJECT_MIN) continue;
    for (let k = 0; k < verbs.length; k++) if (text.startsWith(verbs[k]!, p)) return { at: p, word: verbs[k]! };
  }
  return undefined;
}

/**
 * Whether the figure at `at` opens the items of a label naming the fact before a colon (专题研究法治建设：镇党委会2次):
 * its clause follows the colon, and the label holds one of the fact's cues (both words of a split one, in order).
 */
function underFactLabel(index: TextIndex, x: FactExtractor, at: number): boolean {
  const text = index.text;
  const cs = index.clause(at)[0];
  if (cs < 1) return false;
  const colon = text.charCodeAt(cs - 1);
  if (colon !== 0xff1a && colon !== 0x3a) return false;
  return holdsCue(x, text.slice(Math.max(index.sentence(at)[0], index.lineStartOf(cs)), cs - 1));
}

/** An item that is a subject and a figure (镇政府常务会议2次): where the figure starts, as an empty verb there. */
function subjectOnly(text: string, from: number): { at: number; word: string } | undefined {
  const limit = Math.min(text.length, from + SUBJECT_MAX + 1);
  for (let p = from; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (isClauseBreak(c)) return undefined;
    if (valueMayStartIn(text, p, p + 1)) return p - from >= SUBJECT_MIN ? { at: p, word: '' } : undefined;
  }
  return undefined;
}

/**
 * An item that names a meeting and counts it (镇党委会1次, 市政府党组会议1次) after a figure its cue's verb counted
 * (…专题研究法治建设2次): where its figure starts, as an empty verb there. Every item up to the clause's end must be one
 * (…；县安委会全体会议4次、县食安委全体会议2次研究安全生产 studies another thing), each subject ending with one of the
 * fact's respectiveBodies and holding no total, breakdown or act of its own (全年共召开常务会议24次 counts every meeting;
 * 法律顾问列席会议12次 is an adviser's). A figure of meetings counted by kind (召开全体会议1次、办公室会议3次) is a list's
 * (kind-lists.ts), not continued here.
 */
function meetingOnly(
  index: TextIndex,
  x: FactExtractor,
  taken: FactMatch,
  from: number,
): { at: number; word: string } | undefined {
  const ends = x.def.respectiveBodies;
  if (ends === undefined) return undefined;
  const text = index.text;
  const verbed = text.slice(index.clause(taken.valueOffset)[0], taken.valueOffset);
  if (!x.repeatedVerbs.some((v) => verbed.includes(v))) return undefined;
  let items = meetingItemLists.get(ends);
  if (items === undefined) {
    const item = `[^、，,；;。\\n\\d]{${SUBJECT_MIN},${SUBJECT_MAX}}?(?:${ends.join('|')})[0-9一二两三四五六七八九十]+次`;
    items = new RegExp(`^${item}(?:、${item})*(?=[，,；;。\\n]|$)`, 'u');
    meetingItemLists.set(ends, items);
  }
  const list = items.exec(text.slice(from, index.sentence(from)[1]));
  if (list === null || NOT_A_BODY.test(list[0])) return undefined;
  return subjectOnly(text, from);
}

const meetingItemLists = new WeakMap<readonly string[], RegExp>();

/** Words that make an item more than a meeting's name and count: a total, a breakdown, an act, someone attending. */
const NOT_A_BODY = /共|累计|全年|其中|召开|举行|列席|出席|参加|旁听/u;

/** Where the clause ends within TAIL_MAX characters of `from` (a mark or the line's end), or -1. */
function clauseEndAfter(text: string, from: number): number {
  const limit = Math.min(text.length, from + TAIL_MAX + 1);
  for (let p = from; p < limit; p++) if (isClauseBreak(text.charCodeAt(p))) return p;
  return from + TAIL_MAX >= text.length ? text.length : -1;
}

/** Past a label's colon and the blanks after it at `at` (专题研究：2次), or `at` when none stands there. */
function pastLabelColon(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c !== 0xff1a && c !== 0x3a) return at;
  let p = at + 1;
  while (p < text.length && (text[p] === ' ' || text[p] === '\u3000')) p++;
  return p;
}

/** 了, the perfective particle a repeated verb may carry. */
const PERFECTIVE = 0x4e86;

/** ，,、；; — the marks after which a clause may repeat the verb for another body. */
const isListMark = (c: number) => c === 0xff0c || c === 0x2c || c === 0x3001 || c === 0xff1b || c === 0x3b;
/** Whatever ends a clause (a sentence's end, a comma, a colon), or a list's 、. */
const isClauseBreak = (c: number) => c === 0x3001 || isClauseEnd(c);
