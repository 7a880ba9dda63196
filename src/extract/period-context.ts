import { PERIOD_REACH, type ClaimContext } from './claim-match.js';
import { laterYearLineFrom } from './line-year-leads.js';
import { lastPeriodTag } from './time.js';

/*
 * How far back the words that date a figure are read: near its cue, or from its sentence's start when a period opens
 * the sentence and governs every clause after it.
 */

/**
 * Where the words that may date a figure begin: PERIOD_REACH before its cue — or the sentence's start, however far, when
 * a period opens the sentence (2021—2025年，全县累计…，…，培育“法律明白人”2,340名): it dates every clause after it that
 * names none of its own.
 */
export function periodContextFrom(ctx: ClaimContext, text: string, sentenceStart: number, cueStart: number): number {
  // a line opening with a later year (2026年，我们将…；…；组织执法人员培训2次): its year dates every clause of the line
  const line = laterYearLineFrom(ctx.words, text, cueStart, ctx.year);
  if (line !== undefined) return line;
  const near = cueStart - PERIOD_REACH;
  if (near <= sentenceStart) return sentenceStart;
  // (within reach: a text with no sentence ends is one sentence, and reading back to its start for every cue would be
  // quadratic)
  if (cueStart - sentenceStart > OPENING_GOVERNS_REACH) return near;
  const openingEnd = Math.min(cueStart, sentenceStart + OPENING_TAG_REACH);
  const opening = lastPeriodTag(ctx.words, text, sentenceStart, openingEnd, ctx.year, true, true);
  if (opening === undefined) return near;
  // years listed together (2025年和2024年，…分别…均为100%) name the report year too: no one period opens the sentence
  if (ctx.year !== undefined && namesYearAlone(text.slice(sentenceStart, openingEnd), ctx.year)) return near;
  return sentenceStart;
}
/** Whether `s` names the year by itself, not as the end of a span (2021—2025年). */
function namesYearAlone(s: string, year: number): boolean {
  for (let at = s.indexOf(`${year}年`); at >= 0; at = s.indexOf(`${year}年`, at + 1))
    if (!SPAN_END_BEFORE.test(s.slice(0, at))) return true;
  return false;
}
const SPAN_END_BEFORE = /[至到\-－—–~～]\s*$/u;
/** How far from a sentence's start a period opening it still dates a figure. */
const OPENING_GOVERNS_REACH = 300;
/** How far into a sentence a period opening it may end (2021年至2025年，: 11 characters; 二〇二一至二〇二五年). */
const OPENING_TAG_REACH = 14;
