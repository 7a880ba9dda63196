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
import { guessUtf16, judge, MAX_REPAIRS, MIN_EVIDENCE, SAMPLE_BYTES } from './plausible-text.js';
import { decode, type TextEncodingName } from './text-decoders.js';
import { gaps, scanUtf8, type Utf8Scan } from './utf8-scan.js';

export { judge, looksBinary, MAX_REPAIRS, type Judgement } from './plausible-text.js';
export type { TextEncodingName } from './text-decoders.js';

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
 * Besides at most MAX_REPAIRS invalid sequences, at most this share of the non-ASCII sequences may
 * be invalid for the file to count as UTF-8 with a few bad bytes. A damaged UTF-8 report has a few
 * among thousands (≪ 1%); GBK or any other encoding read as UTF-8 has most of them invalid (the
 * five seed reports in GBK: 80%). 5% sits far from both, and below it the text still reads (19
 * characters of 20 intact).
 */
const MAX_REPAIR_SHARE = 0.05;
/**
 * A file holds UTF-8 text beside its invalid bytes when its stretches of UTF-8 text (utf8-scan.ts) hold this
 * many 3–4 byte sequences.
 */
const MIXED_MIN = 8;
/** Lines named in a message; more are summed up as "…". */
const LINES_NAMED = 5;

const NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
};

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
  if (
    utf8Weight >= MIXED_MIN &&
    judge(scan.runs.map((r) => decode('utf-8', body.subarray(r.start, r.end))).join('\n'), false).plausible
  ) {
    // Real UTF-8 text beside the invalid bytes: are those GBK (a mixed file) or damage?
    const rest = gaps(scan.runs, body.length)
      .map(([s, e]) => decode('gb18030', body.subarray(s, e)))
      .join('\n');
    const g = judge(rest, true);
    if (g.plausible && g.judged - g.fffd >= MIN_EVIDENCE) {
      const [u1, u2, g1, g2] = lineNumbers(body, [
        scan.runs[0]!.firstWide,
        scan.runs.at(-1)!.lastWide,
        scan.firstError,
        scan.lastError,
      ]);
      throw new UndecodableError('file.encoding-mixed', { utf8Lines: span(u1!, u2!), gbLines: span(g1!, g2!) });
    }
    throw damagedUtf8(body, scan);
  }
  const text = decode('gb18030', body);
  if (judge(text, true).plausible)
    return finish(text, 'gb18030', bom ? [{ code: 'file.encoding-bom', params: {} }] : []);
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
  if (count > 0)
    warnings.push({
      code: 'file.encoding-repaired',
      params: { count, encoding: NAMES[encoding], lines: linesParam(lines, false) },
    });
  return { text, encoding, warnings };
}

function damaged(encoding: TextEncodingName, count: number, lines: number[], more: boolean): UndecodableError {
  return new UndecodableError('file.encoding-damaged', {
    count,
    encoding: NAMES[encoding],
    lines: linesParam(lines, more),
  });
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
