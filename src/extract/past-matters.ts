import type { ReportMeta } from '../model/report.js';
import type { ClaimWords } from './claim-words.js';
import type { ClaimContext } from './claim-match.js';
import { foundByItsReview } from './conducted-reviews.js';
import { holdsAny } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import type { TextIndex } from './text-index.js';
import { earlierYearIn, lastPeriodTag } from './time.js';

/*
 * A fact that counts last year's matters (the problems a 督察, 考评 or 述法点评 found, rectified: facts.yaml
 * `pastMatters`) takes a statement only where the report says it is about them: inside its own part on them
 * (`preferSections`), in a document whose title names them (关于2024年度法治督察反馈问题整改情况的报告), beside an
 * earlier year (上年度, 2023年度 in a 2024 report), or fed back to it by a review above it (`fedBack`: 督察反馈的问题) and
 * not dated to the report year. Problems a review found this year (评查案卷…发现问题14个，已全部整改) are not last year's.
 */

/**
 * Whether a statement outside the fact's own part is of last year's matters: dated to an earlier year or titled so
 * (pastMatterNamed), not what a review the reporter conducted found (conducted-reviews.ts), and not a finding its own
 * sentence dates to the report year (今年8月…督察，反馈问题5个), whatever the sentence before names.
 */
export function pastOutsideItsPart(
  index: TextIndex,
  ctx: ClaimContext,
  x: FactExtractor,
  meta: ReportMeta,
  at: number,
): boolean {
  return (
    pastMatterNamed(index, ctx.words, x, meta, at) &&
    !foundByItsReview(index, ctx, x, meta, at) &&
    !thisYearsFindings(index, ctx.words, x, meta.year, at, false)
  );
}

/** Whether a statement of a `pastMatters` fact outside its preferred parts is dated to an earlier year or titled so. */
export function pastMatterNamed(
  index: TextIndex,
  w: ClaimWords,
  x: FactExtractor,
  meta: ReportMeta,
  at: number,
): boolean {
  const past = x.def.pastMatters;
  if (past === undefined) return true;
  if (meta.title !== undefined && holdsAny(meta.title, past.title ?? [])) return true;
  const sentence = index.sentence(at);
  // its sentence and the one before, or its line and the line above (…4个问题。⏎截至年底，已完成整改3个)
  const text = index.text;
  const lineAbove = index.lineStartOf(index.lineStartOf(at) - 1);
  const before = sentence[0] > 0 ? index.sentence(sentence[0] - 1)[0] : 0;
  const from = Math.max(Math.min(lineAbove, before), at - NEAR_REACH);
  if (earlierYearIn(w, text, from, sentence[1], meta.year)) return true;
  // undated, but fed back to the reporter by a review above it (督察反馈问题整改，34个问题已全部整改完毕): its own
  // problems, unless dated to the report year (2025年5月…反馈问题7个, in a 2025 report)
  return (
    // (the feedback named before the count: 督察反馈问题5个; after it, 发现问题67个，均当场反馈整改, the reporter gave it)
    fedBackToIt(text.slice(sentence[0], at), past.fedBack ?? [], past.fedTo ?? []) &&
    lastPeriodTag(w, text, sentence[0], sentence[1], meta.year)?.period !== 'report' &&
    // a month with no year (9月份县委依法治县办来我镇督察，反馈问题5个) is the report year's
    !MONTH_ALONE.test(text.slice(sentence[0], at))
  );
}

/** A month named with no year before it (9月份, 十月): a time within the report year. */
const MONTH_ALONE =
  /(?<![\d年—\-－~～至到])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|上旬|中旬|下旬|底|初)?(?![\d日号])/u;

/**
 * Whether the sentence says problems were fed back to the reporter: a fedBack word not followed, within a few
 * characters, by others it was fed back to (发现问题67个，已逐一反馈相关单位限期整改 is the reporter's review of others).
 */
function fedBackToIt(sentence: string, fedBack: readonly string[], fedTo: readonly string[]): boolean {
  for (let k = 0; k < fedBack.length; k++) {
    const word = fedBack[k]!;
    for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
      const after = sentence.slice(at + word.length, at + word.length + FED_TO_REACH);
      if (!holdsAny(after, fedTo)) return true;
    }
  }
  return false;
}

/** How far after a fedBack word the others it names may stand (反馈给相关单位). */
const FED_TO_REACH = 6;

/**
 * Whether a statement of a `pastMatters` fact is about what a review found in the report year, even inside the part on
 * last year's problems: its sentence dates the finding to the report year (2025年5月县法治督察反馈问题4个，已整改3个;
 * 本年度…检查发现的5个问题) before the statement and names no earlier year (上年度…问题，已于2025年6月整改到位 is last year's).
 */
export function thisYearsFindings(
  index: TextIndex,
  w: ClaimWords,
  x: FactExtractor,
  year: number | undefined,
  at: number,
  inOwnPart: boolean,
): boolean {
  if (x.def.pastMatters === undefined || year === undefined) return false;
  const from = index.sentence(at)[0];
  const text = index.text;
  const tag = lastPeriodTag(w, text, from, at, year);
  if (tag?.period !== 'report' || earlierYearIn(w, text, from, at, year)) return false;
  // a date saying when they stood or were done (截至2025年11月，5个问题已全部完成整改) is no finding's date
  if (w.asOf.last(text, Math.max(from, tag.at - AS_OF_REACH), tag.at) !== undefined) return false;
  // outside their own part, the date must be the finding's: a review or its feedback told after it (今年8月…开展法治
  // 督察，反馈问题5个), not the rectifying's alone (今年乡里对照问题一条一条改，3个问题都整改了)
  const past = x.def.pastMatters!;
  return (
    inOwnPart ||
    holdsAny(text.slice(tag.at, at), past.fedBack ?? []) ||
    holdsAny(text.slice(tag.at, at), past.conducted?.reviews ?? [])
  );
}

/** How far before a date its as-of word may stand (截至 2025年). */
const AS_OF_REACH = 3;

/** How far before a statement its earlier year may be named. */
const NEAR_REACH = 300;
