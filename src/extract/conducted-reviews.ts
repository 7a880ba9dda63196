import { lastIndexIn } from './bounded-search.js';
import type { ReportMeta } from '../model/report.js';
import type { ClaimContext } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { bodyOpening } from './body-opening.js';
import { BODY_SEP, OWN, UNSPECIFIED } from './scope-names.js';
import { isClauseEnd, isDigitCode, type TextIndex } from './text-index.js';
import { earlierYearIn } from './time.js';
import { WordSet } from './word-set.js';

/*
 * A review the reporter conducts finds this year's problems — the reviewed bodies' (对各乡镇开展法治督察，发现问题38个)
 * or its own files' (开展执法案卷评查，评查案卷31卷，发现问题12个) — not last year's problems it rectified, which the
 * rectification facts count (the corpus contract, "Without figures"). Read from the nearest review before the
 * statement that ends its clause: a review inside another object (开展督察反馈问题整改) is no review conducted.
 */

interface ConductedWords {
  verbs: WordSet;
  reviews: WordSet;
  received: WordSet;
  others: WordSet;
  fedBack: WordSet;
}

const compiled = new WeakMap<object, ConductedWords>();

function wordsOf(x: FactExtractor): ConductedWords | undefined {
  const past = x.def.pastMatters;
  const def = past?.conducted;
  if (def === undefined) return undefined;
  let c = compiled.get(def);
  if (c === undefined) {
    c = {
      verbs: new WordSet(def.verbs),
      reviews: new WordSet(def.reviews),
      received: new WordSet(def.received),
      others: new WordSet(def.others),
      fedBack: new WordSet(past!.fedBack ?? []),
    };
    compiled.set(def, c);
  }
  return c;
}

/**
 * Whether the statement at `at` tells what a review the reporter conducted found: its sentence names before it such a
 * review and no earlier year (2024年开展…督察，发现问题5个 in a 2025 report found last year's problems).
 */
export function foundByItsReview(
  index: TextIndex,
  ctx: ClaimContext,
  x: FactExtractor,
  meta: ReportMeta,
  at: number,
): boolean {
  const words = wordsOf(x);
  if (words === undefined) return false;
  const text = index.text;
  const from = index.sentence(at)[0];
  // up to the end of the statement's clause: a figure read from its start (组建5个督察组开展…督察，) or a value cue's
  // clause read from there (督促上年度…反馈的9个问题全部整改到位) has its review or its year after `at`
  const to = index.clause(at)[1];
  const reviews = words.reviews;
  for (let p = reviews.lastStart(text, from, to, to); p >= 0; p = reviews.lastStart(text, from, p, to)) {
    if (!endsItsClause(text, p + reviews.lastWord.length)) continue;
    if (!conductedByIt(index, ctx, words, p)) return false;
    return !earlierYearIn(ctx.words, text, from, to, meta.year);
  }
  return false;
}

/**
 * Whether the review at `at` is one the reporter conducts: a verb conducts it in its clause, no word there says it is
 * of the reporter (对我局开展…, 来我镇督察, 接受…督察), and its object after 对 names others (对各乡镇, 对6个部门) or,
 * with none, the clause or the sentence names no other body as its subject (市委依法治市办开展法治督察 may be of the
 * reporter: not judged).
 */
function conductedByIt(index: TextIndex, ctx: ClaimContext, words: ConductedWords, at: number): boolean {
  const text = index.text;
  const cs = index.clause(at)[0];
  const verb = words.verbs.last(text, cs, at);
  if (verb === undefined || words.received.anyWithin(text, cs, verb.at)) return false;
  // a review of how others rectified what was fed back (对10家单位落实…督察反馈意见整改情况开展实地督察) is of last year's
  if (words.fedBack.anyWithin(text, cs, at)) return false;
  const object = lastIndexIn(text, OBJECT_MARK, cs, verb.at + OBJECT_MARK.length);
  if (object >= 0) return words.others.anyWithin(text, object + 1, verb.at);
  const subject = bodyOpening(ctx.words, text, cs) ?? bodyOpening(ctx.words, text, index.sentence(at)[0]);
  return subject === undefined || ctx.reporterScope(`${subject}${BODY_SEP}${UNSPECIFIED}`) === OWN;
}

/** Marks the object of a review (对各乡镇开展…). */
const OBJECT_MARK = '对';

/**
 * Whether a review ending at `end` ends its clause: right there, or after a count of times (专项整治督察2次，), the
 * text's end counting as a clause's.
 */
function endsItsClause(text: string, end: number): boolean {
  let p = end;
  while (p < text.length && (isDigitCode(text.charCodeAt(p)) || NUMERALS.includes(text[p]!))) p++;
  if (p > end && TIMES.includes(text[p] ?? '')) p++;
  return p >= text.length || isClauseEnd(text.charCodeAt(p));
}

const NUMERALS = '一二两三四五六七八九十';
const TIMES = '次轮';
