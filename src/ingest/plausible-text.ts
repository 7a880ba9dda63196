import { decode } from './text-decoders.js';

// Whether a decoded text reads as a Chinese report: the evidence decode.ts chooses an encoding by.

/**
 * At most this many undecodable characters (shown as U+FFFD) are tolerated, with a warning naming
 * their lines. Each costs one character — a cut or stray byte never eats the ASCII digits next
 * to it — but any one may be a word that matters (未, 不); past a handful the file should be fixed,
 * not scored.
 */
export const MAX_REPAIRS = 8;

/**
 * A guessed decoding is plausible Chinese when at least this share of its non-ASCII characters
 * are common hanzi (GB2312 level 1) or the punctuation and symbols reports use. The five seed
 * reports: 99.7–100% (a rare character in a place name is the usual exception). Misreadings of
 * the same reports: UTF-8 as GB18030 13–14%, Big5 as GB18030 11–17%, UTF-16 in the wrong byte
 * order 6–8%, GBK as UTF-16 under 2%.
 */
const PLAUSIBLE_SHARE = 0.8;

/** Below this many non-ASCII characters a share says nothing; only characters no text has count. */
export const MIN_EVIDENCE = 8;

/** Bytes judged when guessing UTF-16 without a BOM (the rest is decoded once the guess is made). */
export const SAMPLE_BYTES = 8192;

/**
 * UTF-16 without a BOM: a sample decoded both ways; the byte order whose text is plausible and
 * the other's not. Chinese read in the wrong order, and any other encoding read as UTF-16, give
 * Hangul, Yi, private-use characters, rare hanzi and lone surrogates instead.
 */
export function guessUtf16(body: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
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
    c === 0x00a0 ||
    c === 0x00a7 ||
    c === 0x00b0 ||
    c === 0x00b1 ||
    c === 0x00b7 ||
    c === 0x00d7 ||
    c === 0x00f7 ||
    c === 0x2103 ||
    c === 0x2116 ||
    c === 0x2212 ||
    c === 0x2264 ||
    c === 0x2265 ||
    c === 0x2605 ||
    c === 0x2606 ||
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

/** The signatures of binary files: PDF, zip (.docx), OLE (.doc), PNG, JPEG, gzip. */
const BINARY_SIGNATURES = [
  [0x25, 0x50, 0x44, 0x46],
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x1f, 0x8b],
];

/** Whether the bytes begin with the signature (compared in place: this runs for every text file of a batch). */
function startsWith(buf: Uint8Array, signature: number[]): boolean {
  for (let i = 0; i < signature.length; i++) if (buf[i] !== signature[i]) return false;
  return true;
}

/** Bytes no text document has: NULs, or many control characters, or a known binary signature. */
export function looksBinary(buf: Uint8Array): boolean {
  for (const signature of BINARY_SIGNATURES) if (startsWith(buf, signature)) return true;
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
