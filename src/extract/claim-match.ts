import { indexIn, lastIndexIn } from './bounded-search.js';
import type { Evidence } from '../model/common.js';
import type { FactValue } from '../model/report.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { SCOPE_REACH, scopeAt } from './scope.js';
import type { SelfName } from './self-name.js';
import type { TextIndex } from './text-index.js';
import { namesBodyWithUnits } from './units-joined.js';
import type { WordSet } from './word-set.js';
import { isChange, periodOf, type Period } from './time.js';
import { isNumeralCode } from './numbers.js';

/** One place a fact's value was read from. */
export interface FactMatch {
  value: FactValue;
  /** where the value itself starts: two cues reading the same number count once */
  valueOffset: number;
  /** where the quote starts: statements sort by it */
  at: number;
  /** built on first read */
  readonly evidence: Evidence;
  /** enum/boolean facts: the position of the value in the pack's valueCues (lower wins) */
  rank?: number;
  /** whose figure the clause gives (vocabulary scopes), or unspecified */
  scope: string;
  /** the statement whose verb this one repeats for another body (repeated-verb.ts): one statement with it, over a ；too */
  continues?: FactMatch;
}

/** What extraction judges a claim by: the pack's judgement words and the year the report is about. */
export interface ClaimContext {
  words: ClaimWords;
  year: number | undefined;
  /** the fact's figures are the report year's whatever period the clause names */
  undated: boolean;
  /** the reporter takes its own figures first (a department, a town): its share of a total (其中本局…) is read */
  ownFirst: boolean;
  /** the reporter's name, where a scope word stands in it (县政府办公室): that word then names the reporter */
  self: SelfName | undefined;
  /** the reporter's whole name, when read: a subject acting by itself that its name holds is the reporter (街道自行…) */
  authority: string | undefined;
  /** whose a scope read off a clause is, as the reporter sees it (role-scope.ts relativeScope: 乡政府 is a 乡's own) */
  reporterScope: (scope: string) => string;
}

/**
 * The context a fact is judged in: a fact whose figures are about another period by definition
 * (anyPeriod) is not dated.
 */
export function forFact(ctx: ClaimContext, x: FactExtractor): ClaimContext {
  return x.anyPeriod ? { ...ctx, undated: true } : ctx;
}

/** periodOf, except that an undated fact's figure is always the report year's (unless it is a change). */
export function periodFor(
  ctx: ClaimContext,
  w: ClaimWords,
  text: string,
  contextFrom: number,
  cs: number,
  cueStart: number,
  segmentFrom: number,
  valueStart: number,
  year: number | undefined,
): Period {
  if (!ctx.undated) return periodOf(w, text, contextFrom, cs, cueStart, segmentFrom, valueStart, year);
  return isChange(w, text, segmentFrom, valueStart) ? 'change' : 'report';
}

const QUOTE_MAX = 60;
/** How far back a year or this/last-year word before a cue still dates its figure. */
export const PERIOD_REACH = 40;

/**
 * Judgement looks at most this far either side of a statement: an unpunctuated text makes one
 * clause or sentence of everything, and reading it whole for every cue would be quadratic.
 *
 * The judging code runs some dozens of times a document, so V8 optimises it only after hundreds
 * of documents; until then destructuring a span (`const [s, e] = …`), spreading it into a call,
 * `for…of` and callbacks (`some`) each run the iterator protocol or a call per element in the
 * interpreter. It reads spans by index and loops by index for that reason.
 */
export const JUDGE_REACH = 120;

/** The part of the sentence holding `at` within JUDGE_REACH of it: [from, to). */
export function sentenceReach(index: TextIndex, at: number): [number, number] {
  const sentence = index.sentence(at);
  return [Math.max(sentence[0], at - JUDGE_REACH), Math.min(sentence[1], at + JUDGE_REACH)];
}

/** The text of [s, e) within JUDGE_REACH of `at`: what a judgement reads of a clause or sentence. */
export const nearText = (text: string, s: number, e: number, at: number): string =>
  text.slice(Math.max(s, at - JUDGE_REACH), Math.min(e, at + JUDGE_REACH));

/** Whether `s` holds one of the words. */
export function holdsAny(s: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (s.includes(words[k]!)) return true;
  return false;
}

/** The most characters between a split exclude word's sides: a qualifier (重点难点), not a clause. */
const SPLIT_GAP = 6;
const HAN_ONLY = /^[\u4e00-\u9fff]*$/u;

/**
 * Whether `s` holds a split word's two sides, with at most SPLIT_GAP Han characters between them (等…问题: 等重点难点问题,
 * 等具体问题 — a list of topics closed, whatever qualifies them).
 */
function holdsSplit(s: string, words: ReadonlyArray<readonly [string, string]>): boolean {
  for (let k = 0; k < words.length; k++) {
    const first = words[k]![0];
    const second = words[k]![1];
    for (let at = s.indexOf(first); at >= 0; at = s.indexOf(first, at + 1)) {
      const from = at + first.length;
      const end = s.indexOf(second, from);
      if (end >= 0 && end - from <= SPLIT_GAP && HAN_ONLY.test(s.slice(from, end))) return true;
    }
  }
  return false;
}

/**
 * A clause holding one of the fact's exclude words is never read for it; nor is one that breaks
 * down what its sentence said before (vocabulary breakdown: …民事诉讼案件9件，其中败诉2件), or follows
 * such a clause in its sentence, when that holds one.
 */
export function excluded(
  index: TextIndex,
  w: ClaimWords,
  cs: number,
  ce: number,
  x: FactExtractor,
  at: number,
): boolean {
  const text = index.text;
  // a kind named earlier in the sentence (消费纠纷…，成功调解1,930件) is the statement's
  // (the words looked for in the text first: most reaches hold none, and need no copy without titles)
  if (
    x.excludeInSentence.length > 0 &&
    holdsWithin(text, index.sentence(at)[0], ce, at, x.excludeInSentenceWords, x.excludeInSentence) &&
    !ownBodyStatement(index, cs, ce, at, x)
  )
    return true;
  if (x.exclude.length === 0) return false;
  if (x.excludeSplitWords.length > 0 && closedAsTopic(text, at, ce, x)) return true;
  // in a list of things a 分别 pairs with figures (行政诉讼案件、负责人出庭应诉案件、败诉案件分别为64件、61件、3件), the
  // cue's own item is what its words judge
  const item = listItemOf(w, text, cs, ce, at);
  if (
    holdsWithin(text, item[0], item[1], at, x.excludeWords, x.exclude) &&
    (!ownCueAt(text, at, x.cues) ||
      holdsWithin(text, item[0], allAfterFigure(w, text, at, item[1]), at, x.excludeWords, x.exclude))
  )
    // the units a coverage claim takes in beside the reporter's body (镇政府及23个村) do not make it theirs; nor do
    // the others named in a clause the reporter's own head opens make a yes-or-no claim theirs (局长在县直部门主要负责人
    // 年终述职会上述法: the 局长 did; a count there — 局党组会议审议…文件2件 — is still judged by its words)
    return (
      !(x.coverage !== undefined && namesBodyWithUnits(w, text, cs, at)) &&
      !(x.type === 'boolean' && opensWithOwnLeader(w, text, cs))
    );
  // a breakdown runs on to its sentence's end (…民事诉讼案件14件，其中作为原告9件，作为被告5件，败诉2件), and
  // breaks down what its sentence said before it (民事诉讼3件，作为被告应诉2件，其中败诉1件)
  const b = breakdownBefore(index, w, cs);
  if (b < 2) return false;
  const from = Math.max(index.sentence(b)[0], b - JUDGE_REACH);
  return holdsAny(text.slice(from, b), x.exclude);
}

/** Whether one of the fact's own cues (not a context cue, which counts only beside its context word) starts at `at`. */
function ownCueAt(text: string, at: number, cues: readonly string[]): boolean {
  for (let k = 0; k < cues.length; k++) if (text.startsWith(cues[k]!, at)) return true;
  return false;
}

/**
 * Where a word saying all of them (vocabulary `allOf`) follows a figure after the cue (重大行政决策2件均经合法性审查): what
 * comes after it is said of everything counted, not a kind of it, so an exclude word there does not disqualify the
 * figure of the fact's own cue (a context cue's, 审核…出台的规范性文件11件全部报备案, is another count its exclude words keep
 * out); else `end`.
 */
function allAfterFigure(w: ClaimWords, text: string, at: number, end: number): number {
  const to = Math.min(end, at + JUDGE_REACH);
  const hits = w.allOf.find(text, at, to);
  for (let k = 0; k < hits.length; k++) {
    const p = hits[k]!.at;
    const before = text.charCodeAt(p - 1);
    if (isNumeralCode(before) || (before >= 0x4e00 && isNumeralCode(text.charCodeAt(p - 2)))) return p;
  }
  return end;
}

/**
 * The cue's item [from, to) when the clause lists things joined by 、 that a respectively word after them pairs with
 * figures; else the clause. (Looked for within a judging reach of the cue.)
 */
function listItemOf(w: ClaimWords, text: string, cs: number, ce: number, at: number): [number, number] {
  const reach = Math.min(ce, at + JUDGE_REACH);
  const next = indexIn(text, LIST_MARK, at, reach);
  if (next < 0 || w.respectively.last(text, next, reach) === undefined) return [cs, ce];
  const before = lastIndexIn(text, LIST_MARK, Math.max(cs, at - JUDGE_REACH), at);
  return [before >= 0 ? before + 1 : cs, next];
}
const LIST_MARK = '、';

/**
 * Whether the statement's clause, or the clause of its sentence right before it (…调委会受理纠纷2,957件，调解成功2,908件),
 * names a body of the fact's own before the cue (facts.yaml regionTiers bodies) and neither holds an excluded kind: the
 * statement is of the fact whatever kinds an earlier clause listed (…整合人民调解、行政调解、仲裁等力量入驻，全县各级调委会…).
 */
function ownBodyStatement(index: TextIndex, cs: number, ce: number, at: number, x: FactExtractor): boolean {
  const bodies = x.def.regionTiers?.bodies;
  if (bodies === undefined) return false;
  const ss = index.sentence(at)[0];
  const text = index.text;
  return (
    namesBodyAlone(text, cs, at, ce, bodies, x.excludeInSentence) ||
    (cs - 1 > ss && namesBodyAlone(text, index.clause(cs - 2)[0], at, ce, bodies, x.excludeInSentence))
  );
}

/** Whether [from, at) names one of the bodies and [from, ce) none of the excluded kinds. */
function namesBodyAlone(
  text: string,
  from: number,
  at: number,
  ce: number,
  bodies: readonly string[],
  kinds: readonly string[],
): boolean {
  const lead = text.slice(from, at);
  return bodies.some((b) => lead.includes(b)) && !holdsAny(text.slice(from, ce), kinds);
}

/** Whether the clause at cs opens with a word naming the reporter's own head (vocabulary ownLeaders: 局长, 镇党委). */
function opensWithOwnLeader(w: ClaimWords, text: string, cs: number): boolean {
  let p = cs;
  while (p < text.length && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x3000)) p++;
  return w.ownLeaders.at(text, p) !== undefined;
}

/**
 * The text without the titles in book marks it names (《县最低生活保障审核确认办法》): a document's name is no word
 * of the clause's own, so an exclude word inside one (审核) does not disqualify it.
 */
function outsideTitles(s: string): string {
  const t = s.includes('《') ? s.replace(TITLE, '') : s;
  // an aside in brackets right after a figure names the case it counts (行政诉讼1件（低保待遇纠纷）): no exclude word
  return t.includes('（') || t.includes('(') ? t.replace(FIGURE_ASIDE, '$1') : t;
}

const TITLE = /《[^《》]*》/gu;
// an aside of up to 20 characters, or of 40 listing kinds with 、 (3件（2件为…许可纠纷、1件为…认定纠纷）)
const FIGURE_ASIDE =
  /([\d〇零一二三四五六七八九十百千万][件项个宗起次场名卷])[（(](?:[^（）()]{1,20}|(?=[^（）()]{21,40}[）)])[^（）()]*、[^（）()]*)[）)]/gu;

/** Whether the text of [s, e) within JUDGE_REACH of `at`, outside titles and asides, holds one of the words. */
function holdsWithin(text: string, s: number, e: number, at: number, set: WordSet, words: readonly string[]): boolean {
  const from = Math.max(s, at - JUDGE_REACH);
  const to = Math.min(e, at + JUDGE_REACH);
  return set.anyWithin(text, from, to) && holdsAny(outsideTitles(text.slice(from, to)), words);
}

/**
 * Whether a split exclude word (等…问题) closes a list of topics after the statement at `at` in [at, e): whoever opens
 * the clause, the statement is a topic (局党组会议专题研究…普法宣传、行政执法等具体事项).
 */
function closedAsTopic(text: string, at: number, e: number, x: FactExtractor): boolean {
  const to = Math.min(e, at + JUDGE_REACH);
  return x.excludeWords.anyWithin(text, at, to) && holdsSplit(outsideTitles(text.slice(at, to)), x.excludeSplitWords);
}

/** The start of the clause opening with a breakdown word (其中) that the clause at cs belongs to, or -1. */
export function breakdownBefore(index: TextIndex, w: ClaimWords, cs: number): number {
  const text = index.text;
  if (w.breakdown.at(text, cs) !== undefined) return cs;
  const from = Math.max(index.sentence(cs)[0], cs - JUDGE_REACH);
  for (let i = w.breakdown.lastStart(text, from, cs, cs); i >= 0; i = w.breakdown.lastStart(text, from, i, cs))
    if (index.clause(i)[0] === i) return i;
  return -1;
}

/** A subject carries over the semicolons of its sentence (局主要负责人…；在年终述职中专门述法). */
export function scopeOfClause(index: TextIndex, ctx: ClaimContext, cs: number, at: number): string {
  const ss = index.sentence(at)[0];
  return scopeAt(ctx.words, index.text, cs, ss, index.statementStart(at, SCOPE_REACH), at, ctx.self, ctx.authority);
}

/**
 * The clause as evidence; a long clause is narrowed to the words around the match. Built
 * only when read: most statements found are judged away or outranked, and building a quote
 * (line, column, trimmed text) for each cost more than judging it.
 */
export function quote(
  index: TextIndex,
  cs: number,
  ce: number,
  ms: number,
  me: number,
  approximate: boolean,
  note?: string,
): Quote {
  let s = cs;
  let e = ce;
  if (e - s > QUOTE_MAX) {
    s = Math.max(cs, ms - 24);
    e = Math.min(ce, Math.max(me, s) + 12);
  }
  // one shape for every quote: note is always present, undefined when there is none
  return { index, s, e, approximate, note: note || undefined };
}

export interface Quote {
  index: TextIndex;
  s: number;
  e: number;
  approximate: boolean;
  note: string | undefined;
}

export class Match implements FactMatch {
  private built?: Evidence;
  private judgedScope?: string;
  readonly at: number;
  continues?: FactMatch = undefined;
  constructor(
    readonly value: FactValue,
    readonly valueOffset: number,
    // a clause's scope is judged only when asked for: most facts need it only for the statement they keep
    private readonly ctx: ClaimContext,
    private readonly clauseStart: number,
    private readonly scopeFrom: number,
    private readonly q: Quote,
    readonly rank?: number,
  ) {
    this.at = q.s;
  }
  get scope(): string {
    return (this.judgedScope ??= scopeOfClause(this.q.index, this.ctx, this.clauseStart, this.scopeFrom));
  }
  set scope(s: string) {
    this.judgedScope = s;
  }
  get evidence(): Evidence {
    if (!this.built) {
      // the note in the literal, not added after: one shape per kind of evidence
      this.built = this.q.index.evidence(this.q.s, this.q.e, this.q.approximate, this.q.note);
    }
    return this.built;
  }
}
