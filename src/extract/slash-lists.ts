import { Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { isClauseEnd, isDigitCode, type TextIndex } from './text-index.js';
import { parseValue } from './value-parse.js';

/*
 * Labels joined by slashes before a colon, then as many figures joined by slashes (全县复议收案/审结/纠错/纠错率：97件/93件/
 * 10件/10.3%; 受理/办结：45/43件): a table row written on one line, each label's figure at its own position — the unit
 * may be written on the last figure only. A cue in such a label list reads its position's figure, or none when the
 * counts differ: never the first figure after it, which is another label's.
 */

/** What slashListFigure gives for a cue in no slash list: the ordinary reading goes on. */
export const NO_SLASH_LIST = Symbol('no slash list');

/** How far a label list may run before its colon (its labels and slashes). */
const LABELS_REACH = 40;

/**
 * The figure at the cue's position in a slash list, undefined when the cue is in one but its figure cannot be told, or
 * NO_SLASH_LIST when the cue is in none.
 */
export function slashListFigure(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
  cueEnd: number,
): FactMatch | undefined | typeof NO_SLASH_LIST {
  const text = index.text;
  // most cues stand beside no slash: passed before any look along the text (this runs for every cue hit)
  if (!isSlash(text.charCodeAt(cueEnd)) && !isSlash(text.charCodeAt(cueStart - 1))) return NO_SLASH_LIST;
  const colon = labelsColon(text, cueEnd);
  if (colon < 0) return NO_SLASH_LIST;
  const start = labelsStart(text, cueStart);
  const labels = text.slice(start, colon);
  // (label：figure pairs parted by slashes, 负责人出庭：3件／应出庭：3件, are no label list: a figure stands among them;
  // the index's text has its full-width digits made ASCII)
  if (DIGIT.test(labels)) return NO_SLASH_LIST;
  // the cue's label: how many slashes stand before it in the list
  let position = 0;
  for (let p = start; p < cueStart; p++) if (isSlash(text.charCodeAt(p))) position++;
  const figures = figuresAfter(text, colon + 1);
  if (figures.length !== slashCount(labels) + 1) return undefined;
  const figure = figures[position]!;
  const unit = figure.unit || figures[figures.length - 1]!.unit;
  const parsed = parseValue(x, `${figure.number}${unit}`);
  if (parsed === undefined) return undefined;
  const q = quote(index, start, figure.end, figure.at, figure.end, parsed.approximate);
  return new Match(parsed.value, figure.at, ctx, start, start, q);
}

/** The colon closing the label list the cue ending at `from` stands in (only labels and slashes before it), or -1. */
function labelsColon(text: string, from: number): number {
  const limit = Math.min(text.length, from + LABELS_REACH);
  for (let p = from; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === 0xff1a || c === 0x3a) return p;
    if (isBreak(c) || isDigitCode(c)) return -1;
  }
  return -1;
}

/** Where the label list holding the cue at `cueStart` starts: after the break (a colon too) before it. */
function labelsStart(text: string, cueStart: number): number {
  const limit = Math.max(0, cueStart - LABELS_REACH);
  let p = cueStart;
  while (p > limit && !isBreak(text.charCodeAt(p - 1))) p--;
  return p;
}

interface SlashFigure {
  number: string;
  unit: string;
  at: number;
  end: number;
}

/** The figures joined by slashes from `from` (97件/93件/10件/10.3%; 45/43件) to the clause's end. */
function figuresAfter(text: string, from: number): SlashFigure[] {
  const out: SlashFigure[] = [];
  FIGURE.lastIndex = from;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const at = m.index + m[0].indexOf(m[1]!);
    out.push({ number: m[1]!.replace(/[,，]/gu, ''), unit: m[2] ?? '', at, end: m.index + m[0].length });
    const next = m.index + m[0].length;
    if (!isSlash(text.charCodeAt(next))) break;
    FIGURE.lastIndex = next + 1;
  }
  return out;
}

/**
 * One figure of the list: blanks, a number, its unit if written (no digit, slash or break in it) — on the figure's line:
 * the words opening the next line (132/129⏎普法宣传活动…) are the next row's label, no unit.
 */
const FIGURE =
  /[^\S\n]*(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[^\S\n]*([%％]|[^\d\s/／，,。；;：:、（）()%％]{1,2})?/uy;
const DIGIT = /\d/u;

const slashCount = (s: string): number => {
  let n = 0;
  for (let k = 0; k < s.length; k++) if (isSlash(s.charCodeAt(k))) n++;
  return n;
};
const isSlash = (c: number): boolean => c === 0x2f || c === 0xff0f;
/** What ends a label list: a clause's end (a colon too) or a list's 、. */
const isBreak = (c: number): boolean => isClauseEnd(c) || c === 0x3001;
