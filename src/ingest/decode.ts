/**
 * Bytes → text for mainland documents, chosen by evidence rather than by order alone.
 *
 * A BOM names UTF-16 outright. Otherwise valid UTF-8 is UTF-8: no other encoding's Chinese text
 * passes UTF-8's validation by accident, so the commonest case costs one native decode. When
 * the bytes are not valid UTF-8 (or hold NULs, which no UTF-8 or GB18030 text does), each
 * candidate — UTF-16LE/BE, UTF-8 with a few undecodable characters, GB18030 (which also reads
 * GBK and GB2312) — is judged by what it decodes to: the share of its non-ASCII characters that
 * are common hanzi or punctuation (`judge`). A decode that no candidate makes plausible, and a
 * file that is part UTF-8 and part GBK, are refused: a wrong text gives wrong values, which is
 * worse than none. A UTF-8 BOM is a claim, not evidence: GBK bytes behind it are read as GBK.
 */
import { problem, ProblemError, type Problem } from '../problems/problem.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A caveat on a decode that succeeded: a problem code and its parameters (the caller knows the file). */
export interface DecodeWarning {
  code: 'file.encoding-repaired' | 'file.encoding-bom';
  params: Record<string, string | number>;
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  warnings: DecodeWarning[];
}

/** The bytes cannot be read as trustworthy text; `code` and `params` say why. */
export class UndecodableError extends Error {
  constructor(
    readonly code: 'file.encoding-damaged' | 'file.encoding-mixed' | 'file.encoding-unknown',
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'UndecodableError';
  }
}

/**
 * At most this many undecodable characters (shown as U+FFFD) are tolerated, with a warning naming
 * their lines. Each costs one character — a cut or stray byte never eats the ASCII digits next
 * to it — but any one may be a word that matters (未, 不); past a handful the file should be fixed,
 * not scored.
 */
export const MAX_REPAIRS = 8;
/**
 * …and at most this share of the non-ASCII sequences may be invalid for the file to count as
 * UTF-8 with a few bad bytes. A damaged UTF-8 report has a few among thousands (≪ 1%); GBK or any
 * other encoding read as UTF-8 has most of them invalid (the five seed reports in GBK: 80%). 5%
 * sits far from both, and below it the text still reads (19 characters of 20 intact).
 */
const MAX_REPAIR_SHARE = 0.05;
/**
 * A guessed decoding is plausible Chinese when at least this share of its non-ASCII characters
 * are common hanzi (GB2312 level 1) or the punctuation and symbols reports use. The five seed
 * reports: 99.7–100% (a rare character in a place name is the usual exception). Misreadings of
 * the same reports: UTF-8 as GB18030 13–14%, Big5 as GB18030 11–17%, UTF-16 in the wrong byte
 * order 6–8%, GBK as UTF-16 under 2%.
 */
const PLAUSIBLE_SHARE = 0.8;
/** Below this many non-ASCII characters a share says nothing; only characters no text has count. */
const MIN_EVIDENCE = 8;
/**
 * A stretch of valid UTF-8 counts as UTF-8 text from this many consecutive 3–4 byte sequences on
 * (CJK characters). GBK forms one by accident for about one character in 25, practically never four in a row.
 */
const RUN_MIN = 4;
/** …and a file holds UTF-8 text beside its invalid bytes when such stretches add up to this many. */
const MIXED_MIN = 8;
/** Bytes judged when guessing UTF-16 without a BOM (the rest is decoded once the guess is made). */
const SAMPLE_BYTES = 8192;
/** Lines named in a message; more are summed up as "…". */
const LINES_NAMED = 5;

const NAMES: Record<TextEncodingName, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030' };

const decoders = new Map<string, TextDecoder>();
function decode(encoding: TextEncodingName, bytes: Uint8Array): string {
  let d = decoders.get(encoding);
  // ignoreBOM: the BOM, if any, was handled (and stripped) by decodeText
  if (!d) decoders.set(encoding, (d = new TextDecoder(encoding, { ignoreBOM: true })));
  return d.decode(bytes);
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a document's bytes, or throws UndecodableError when no decoding is trustworthy. */
export function decodeText(buf: Uint8Array): DecodedText {
  if (buf[0] === 0xff && buf[1] === 0xfe) return finish(decode('utf-16le', buf.subarray(2)), 'utf-16le', []);
  if (buf[0] === 0xfe && buf[1] === 0xff) return finish(decode('utf-16be', buf.subarray(2)), 'utf-16be', []);
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  // NULs: UTF-16 (ASCII leaves one in every other byte), tried before UTF-8, which would accept them
  const nul = !bom && body.subarray(0, SAMPLE_BYTES).includes(0);
  const utf16First = nul ? guessUtf16(body) : undefined;
  if (utf16First) return finish(decode(utf16First, body), utf16First, []);
  let strict: string | undefined;
  try {
    strict = strictUtf8.decode(body);
  } catch {
    // not UTF-8 throughout: judged below
  }
  if (strict !== undefined) return finish(strict, 'utf-8', []);
  // all-Chinese UTF-16 has few or no NULs
  const utf16 = bom || nul ? undefined : guessUtf16(body);
  if (utf16) return finish(decode(utf16, body), utf16, []);
  return decodeInvalidUtf8(body, bom);
}

/** The file's bytes as text, or one clear problem: what `fromTextBytes` calls. */
export function decodeDocumentBytes(file: string, buf: Uint8Array): DecodedText {
  try {
    return decodeText(buf);
  } catch (e) {
    if (e instanceof UndecodableError) throw new ProblemError([problem(e.code, file, e.params)]);
    throw e;
  }
}

/** Decode warnings as the problems (severity warning) the CLI prints. */
export function warningProblems(file: string, warnings: readonly DecodeWarning[] = []): Problem[] {
  return warnings.map((w) => ({ ...problem(w.code, file, w.params), severity: 'warning' as const }));
}

/** Not valid UTF-8: UTF-8 with a few bad bytes, part UTF-8 and part GBK, GBK, or nothing readable. */
function decodeInvalidUtf8(body: Uint8Array, bom: boolean): DecodedText {
  const scan = scanUtf8(body);
  if (scan.invalid <= MAX_REPAIRS && scan.invalid <= (scan.multibyte + scan.invalid) * MAX_REPAIR_SHARE) {
    const text = decode('utf-8', body);
    if (judge(text, false).plausible) return finish(text, 'utf-8', []);
  }
  const utf8Weight = scan.runs.reduce((n, r) => n + r.weight, 0);
  if (utf8Weight >= MIXED_MIN && judge(scan.runs.map((r) => decode('utf-8', body.subarray(r.start, r.end))).join('\n'), false).plausible) {
    // Real UTF-8 text beside the invalid bytes: are those GBK (a mixed file) or damage?
    const rest = gaps(scan.runs, body.length).map(([s, e]) => decode('gb18030', body.subarray(s, e))).join('\n');
    const g = judge(rest, true);
    if (g.plausible && g.judged - g.fffd >= MIN_EVIDENCE) {
      const [u1, u2, g1, g2] = lineNumbers(body, [scan.runs[0]!.firstWide, scan.runs.at(-1)!.lastWide, scan.firstError, scan.lastError]);
      throw new UndecodableError('file.encoding-mixed', { utf8Lines: span(u1!, u2!), gbLines: span(g1!, g2!) });
    }
    throw damagedUtf8(body, scan);
  }
  const text = decode('gb18030', body);
  if (judge(text, true).plausible) return finish(text, 'gb18030', bom ? [{ code: 'file.encoding-bom', params: {} }] : []);
  if (scan.multibyte > scan.invalid) throw damagedUtf8(body, scan);
  throw new UndecodableError('file.encoding-unknown');
}

function damagedUtf8(body: Uint8Array, scan: Utf8Scan): UndecodableError {
  const lines = [...new Set(lineNumbers(body, scan.errors))];
  return damaged('utf-8', scan.invalid, lines, scan.invalid > scan.errors.length);
}

/** The decoded text, refused when too many characters could not be decoded, with a warning when some could not. */
function finish(text: string, encoding: TextEncodingName, warnings: DecodeWarning[]): DecodedText {
  const { count, lines } = replacements(text);
  if (count > MAX_REPAIRS) throw damaged(encoding, count, lines, false);
  if (count > 0) warnings.push({ code: 'file.encoding-repaired', params: { count, encoding: NAMES[encoding], lines: linesParam(lines, false) } });
  return { text, encoding, warnings };
}

function damaged(encoding: TextEncodingName, count: number, lines: number[], more: boolean): UndecodableError {
  return new UndecodableError('file.encoding-damaged', { count, encoding: NAMES[encoding], lines: linesParam(lines, more) });
}

/** "3,17,42", or "3,17,42,19,60,…" when there are more lines than are named: the message puts it in words. */
function linesParam(lines: number[], more: boolean): string {
  return lines.slice(0, LINES_NAMED).join(',') + (more || lines.length > LINES_NAMED ? ',…' : '');
}

const span = (a: number, b: number) => (a === b ? String(a) : `${a}–${b}`);

/** U+FFFD in the text: how many, and the distinct lines of the first few. */
function replacements(text: string): { count: number; lines: number[] } {
  let count = 0;
  let line = 1;
  let from = 0;
  const lines: number[] = [];
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
    count++;
    if (lines.length > LINES_NAMED) continue;
    line += lineBreaks(text, from, i);
    from = i;
    if (lines.at(-1) !== line) lines.push(line);
  }
  return { count, lines };
}

/** Line breaks in text[from, to): \n, \r\n or a lone \r, as fromTextBytes reads them. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) n++;
  }
  return n;
}

/** The 1-based line of each byte offset (ascending offsets), in one pass. */
function lineNumbers(bytes: Uint8Array, offsets: number[]): number[] {
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(offsets.length);
  let line = 1;
  let at = 0;
  for (const [offset, i] of order) {
    for (; at < offset && at < bytes.length; at++) {
      const b = bytes[at]!;
      if (b === 0x0a || (b === 0x0d && bytes[at + 1] !== 0x0a)) line++;
    }
    out[i] = line;
  }
  return out;
}

interface Utf8Run {
  start: number;
  end: number;
  /** 3–4 byte sequences (CJK and other characters from U+0800 up) */
  weight: number;
  /** where the first and the last of them start: the run's lines, without the ASCII around it */
  firstWide: number;
  lastWide: number;
}

interface Utf8Scan {
  /** invalid sequences, counted as a WHATWG decoder counts U+FFFD */
  invalid: number;
  /** valid sequences of 2–4 bytes */
  multibyte: number;
  /** stretches between errors holding at least RUN_MIN 3–4 byte sequences */
  runs: Utf8Run[];
  /** offsets of the first invalid sequences (enough to name LINES_NAMED lines) */
  errors: number[];
  firstError: number;
  lastError: number;
}

/** One pass of the WHATWG UTF-8 decoder over the bytes, counting instead of decoding. */
function scanUtf8(b: Uint8Array): Utf8Scan {
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let seqStart = 0;
  let invalid = 0;
  let multibyte = 0;
  let runStart = 0;
  let runWeight = 0;
  let firstWide = 0;
  let lastWide = 0;
  let firstError = -1;
  let lastError = -1;
  const runs: Utf8Run[] = [];
  const errors: number[] = [];
  const error = (at: number, next: number) => {
    invalid++;
    if (errors.length < 64) errors.push(at);
    if (firstError < 0) firstError = at;
    lastError = at;
    if (runWeight >= RUN_MIN) runs.push({ start: runStart, end: at, weight: runWeight, firstWide, lastWide });
    runStart = next;
    runWeight = 0;
  };
  for (let i = 0; i < b.length; i++) {
    const x = b[i]!;
    if (needed === 0) {
      if (x < 0x80) continue;
      seqStart = i;
      if (x >= 0xc2 && x <= 0xdf) needed = 1;
      else if (x >= 0xe0 && x <= 0xef) {
        if (x === 0xe0) lower = 0xa0;
        else if (x === 0xed) upper = 0x9f;
        needed = 2;
      } else if (x >= 0xf0 && x <= 0xf4) {
        if (x === 0xf0) lower = 0x90;
        else if (x === 0xf4) upper = 0x8f;
        needed = 3;
      } else error(i, i + 1);
      continue;
    }
    if (x < lower || x > upper) {
      // the sequence is cut short; this byte starts afresh
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      error(seqStart, i);
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      multibyte++;
      if (needed >= 2) {
        if (runWeight++ === 0) firstWide = seqStart;
        lastWide = seqStart;
      }
      needed = seen = 0;
    }
  }
  if (needed !== 0) error(seqStart, b.length);
  if (runWeight >= RUN_MIN) runs.push({ start: runStart, end: b.length, weight: runWeight, firstWide, lastWide });
  return { invalid, multibyte, runs, errors, firstError, lastError };
}

/** The byte ranges between the runs. */
function gaps(runs: Utf8Run[], length: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const r of runs) {
    if (r.start > at) out.push([at, r.start]);
    at = r.end;
  }
  if (at < length) out.push([at, length]);
  return out;
}

/**
 * UTF-16 without a BOM: a sample decoded both ways; the byte order whose text is plausible and
 * the other's not. Chinese read in the wrong order, and any other encoding read as UTF-16, give
 * Hangul, Yi, private-use characters, rare hanzi and lone surrogates instead.
 */
function guessUtf16(body: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (body.length < 4 || body.length % 2 !== 0) return undefined;
  const sample = body.subarray(0, Math.min(body.length, SAMPLE_BYTES));
  const reading = (encoding: 'utf-16le' | 'utf-16be') => {
    const j = judge(trimCut(decode(encoding, sample), sample.length < body.length), true);
    // A few characters are no evidence of UTF-16 (two GBK hanzi read as UTF-16 are two Hangul
    // syllables, nothing "bad"): unless there are enough to judge, every one must be good.
    return { ...j, plausible: j.plausible && (j.judged - j.fffd >= MIN_EVIDENCE || j.good === j.judged - j.fffd) };
  };
  const le = reading('utf-16le');
  const be = reading('utf-16be');
  if (le.plausible && (!be.plausible || le.share > be.share)) return 'utf-16le';
  if (be.plausible && (!le.plausible || be.share > le.share)) return 'utf-16be';
  return undefined;
}

/** A sample cut mid-pair ends in a replacement character that the whole file does not have. */
const trimCut = (text: string, cut: boolean) => (cut && text.endsWith('\uFFFD') ? text.slice(0, -1) : text);

export interface Judgement {
  /** characters other than printable ASCII, tab and line breaks */
  judged: number;
  /** of those: common hanzi (any hanzi when not strict), CJK and general punctuation, common symbols */
  good: number;
  /** of those: controls, private use, lone surrogates — no report has them */
  bad: number;
  fffd: number;
  /** good / (judged − fffd); 1 when nothing was judged */
  share: number;
  plausible: boolean;
}

/**
 * How much a decoded text looks like a Chinese report. `strict` counts only common hanzi as good:
 * GB18030 and UTF-16 readings of the wrong bytes are themselves full of (rare) hanzi, while a
 * misread as UTF-8 yields Latin, Cyrillic or Greek letters instead, so for UTF-8 any hanzi will do.
 */
export function judge(text: string, strict: boolean): Judgement {
  const common = commonHanzi();
  let judged = 0;
  let good = 0;
  let bad = 0;
  let fffd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x20 && c !== 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) continue;
      judged++;
      bad++;
      continue;
    }
    judged++;
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (!strict || common[c - 0x4e00] === 1) good++;
    } else if (c === 0xfffd) fffd++;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        // a pair: CJK extensions B and later (planes 2–3) are hanzi, if rare ones
        if (!strict && c >= 0xd840 && c <= 0xd8bf) good++;
        i++;
      } else bad++;
    } else if ((c >= 0xe000 && c <= 0xf8ff) || c <= 0x9f) bad++;
    else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      if (!strict) good++;
    } else if (isReportPunctuation(c)) good++;
  }
  const share = judged - fffd > 0 ? good / (judged - fffd) : 1;
  const plausible = fffd <= MAX_REPAIRS && (judged - fffd < MIN_EVIDENCE ? bad === 0 : share >= PLAUSIBLE_SHARE);
  return { judged, good, bad, fffd, share, plausible };
}

/** Punctuation and symbols Chinese reports use: CJK and fullwidth, quotes and dashes, №, ℃, ①, Ⅳ, ■ … */
function isReportPunctuation(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) || // 、。〈〉《》「」【】〔〕 and the ideographic space
    (c >= 0xff01 && c <= 0xff60) || // fullwidth ASCII：，（）％
    (c >= 0xffe0 && c <= 0xffe6) || // ￥ ￡ ￠
    (c >= 0x2010 && c <= 0x2027) || // ‐ – — ‘ ’ “ ” • …
    (c >= 0x2030 && c <= 0x203b) || // ‰ ′ ″ ※
    (c >= 0x2160 && c <= 0x217f) || // Ⅰ Ⅱ Ⅲ
    (c >= 0x2460 && c <= 0x249b) || // ① ⑴ ⒈
    (c >= 0x25a0 && c <= 0x25cf) || // ■ □ ▲ △ ◆ ◇ ○ ◎ ●
    (c >= 0x3220 && c <= 0x3243) || // ㈠ ㈡
    c === 0x00a0 || c === 0x00a7 || c === 0x00b0 || c === 0x00b1 || c === 0x00b7 || c === 0x00d7 || c === 0x00f7 ||
    c === 0x2103 || c === 0x2116 || c === 0x2212 || c === 0x2264 || c === 0x2265 || c === 0x2605 || c === 0x2606 ||
    c === 0xfeff
  );
}

let commonTable: Uint8Array | undefined;
/**
 * The 3,755 hanzi of GB2312 level 1 (rows B0–D7), which cover about 99.7% of running modern text:
 * a bitmap over U+4E00–U+9FFF, built once from the standard itself through the GB18030 decoder.
 */
function commonHanzi(): Uint8Array {
  if (commonTable) return commonTable;
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) for (let col = 0xa1; col <= 0xfe; col++) bytes.push(row, col);
  const table = new Uint8Array(0xa000 - 0x4e00);
  const chars = decode('gb18030', Uint8Array.from(bytes));
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) table[c - 0x4e00] = 1;
  }
  return (commonTable = table);
}

/** Bytes no text document has: NULs, or many control characters, or a known binary signature. */
export function looksBinary(buf: Uint8Array): boolean {
  const head = buf.subarray(0, 8);
  const sig = (bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (sig([0x25, 0x50, 0x44, 0x46]) || sig([0x50, 0x4b, 0x03, 0x04]) || sig([0xd0, 0xcf, 0x11, 0xe0]) || sig([0x89, 0x50, 0x4e, 0x47]) || sig([0xff, 0xd8, 0xff]) || sig([0x1f, 0x8b])) {
    return true;
  }
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return false;
  const n = Math.min(buf.length, SAMPLE_BYTES);
  let nul = false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) nul = true;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (!nul && control <= n * 0.05) return false;
  // UTF-16 has NULs (ASCII) or bytes below 0x20 (the low byte of one hanzi in eight)
  return guessUtf16(buf) === undefined;
}
