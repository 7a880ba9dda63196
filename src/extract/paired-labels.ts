import { REFUSED } from './figure-words.js';

/*
 * A line pairing labels and figures by position across one separator (复议收案 / 纠错率：44件 / 9.1%; 行政诉讼 | 败诉：57件 |
 * 2件): a label's figure is the one at its place after the colon, never the first one — 败诉 is 2, not 57. A line whose
 * labels and figures differ in number pairs nothing the reader can trust: refused.
 */

/**
 * Where the figure paired with the cue at `cueStart` starts, when its line pairs labels and figures (REFUSED when the
 * line's labels and figures differ in number); undefined for any other line (nearly all: no separator before a colon).
 */
export function pairedFigureAt(text: string, cueStart: number): number | typeof REFUSED | undefined {
  // the cheap look first (this runs for every cue found): a colon soon after the cue, before any clause mark
  if (!colonAhead(text, cueStart)) return undefined;
  // a label line is short: its start and end are looked for within reach only (a text of one line stays linear)
  let lineStart = cueStart;
  let separated = false;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== NEWLINE) {
    if (cueStart - lineStart >= LABELS_REACH) return undefined;
    lineStart--;
    separated ||= SEPARATOR_CODES.has(text.charCodeAt(lineStart));
  }
  // the cue is a later label (a separator before it), or the first (one right after it): looked for cheaply first,
  // as this runs for every cue found
  if (!separated && !separatorAfter(text, cueStart)) return undefined;
  let lineEnd = cueStart;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== NEWLINE) {
    if (lineEnd - lineStart >= LINE_REACH) return undefined;
    lineEnd++;
  }
  const line = text.slice(lineStart, lineEnd);
  const colon = line.search(COLON);
  if (colon < 0 || lineStart + colon <= cueStart) return undefined;
  const labels = line.slice(0, colon);
  const sep = labels.match(SEPARATOR);
  // brackets around a separator (普法活动（目标/完成）) name a pair of columns inside one label: not labels paired
  if (!sep || BRACKET.test(labels)) return undefined;
  const labelParts = labels.split(sep[0]);
  const valuesText = line.slice(colon + 1);
  const valueParts = valuesText.split(sep[0]);
  if (labelParts.length < 2 || labelParts.some((l) => l.trim().length < MIN_LABEL)) return undefined;
  if (valueParts.length !== labelParts.length || !valueParts.every((v) => FIGURE_ONLY.test(v))) return REFUSED;
  // the cue's label, then its figure's place
  let at = 0;
  let k = 0;
  while (k < labelParts.length - 1 && lineStart + at + labelParts[k]!.length <= cueStart) {
    at += labelParts[k]!.length + sep[0].length;
    k++;
  }
  let v = lineStart + colon + 1;
  for (let j = 0; j < k; j++) v += valueParts[j]!.length + sep[0].length;
  while (v < lineEnd && BLANK.test(text[v]!)) v++;
  return v;
}

const NEWLINE = 0x0a;
const SEPARATOR_CODES = new Set([0x7c, 0xff5c, 0x2f, 0xff0f]);
/** Whether a colon stands within a label's length after `at`, before a line end or a clause or sentence mark. */
function colonAhead(text: string, at: number): boolean {
  for (let i = at; i < text.length && i - at < LABELS_REACH; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) return true;
    if (c === NEWLINE || c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b) return false;
  }
  return false;
}

/** Whether a separator stands within a label's length after `at`, before any colon or line end. */
function separatorAfter(text: string, at: number): boolean {
  for (let i = at; i < text.length && i - at < LABELS_REACH; i++) {
    const c = text.charCodeAt(i);
    if (SEPARATOR_CODES.has(c)) return true;
    if (c === NEWLINE || c === 0xff1a || c === 0x3a) return false;
  }
  return false;
}
/** How far before its cue a label line may start, and how long the whole line may be. */
const LABELS_REACH = 40;
const LINE_REACH = 100;
const COLON = /[：:]/u;
/** One separator between labels, the same between figures: a bar or a slash, blanks around it. */
const SEPARATOR = /\s*[|｜/／]\s*/u;
const BRACKET = /[（(]/u;
const MIN_LABEL = 2;
/** A figure alone: digits or Chinese numerals with a unit or %, nothing else but blanks. */
const FIGURE_ONLY = /^\s*(?:\d[\d,.]*|[〇零一二两三四五六七八九十百千万]+)\s*[^\s\d|｜/／，,。；;]{0,3}\s*$/u;
const BLANK = /\s/u;
