import type { StreamLimits } from './pdf-guard.js';
import { problem, ProblemError } from '../problems/problem.js';
import type { PageMeta } from '../model/page-meta.js';
import { decodeDocumentBytes, looksBinary, type DecodeWarning, type TextEncodingName } from './decode.js';
import type { HtmlText } from './html.js';
import { htmlDepth, MAX_HTML_DEPTH } from './html-depth.js';
import { DEFAULT_LIMITS, formatBytes, type InputLimits } from '../source/limits.js';
import type { ZipLimits, ZipVerdict } from './zip-judge.js';

/**
 * A document's bytes (or a .docx's HTML) → its text, with no file system: document.ts reads the
 * file and calls these, and so does the web page (src/web) with the bytes a user dropped.
 */

/** cheerio's article reader (html.ts), passed in so node loads it only for a page or a .docx. */
export type HtmlToText = (html: string, options?: { wholeBody?: boolean }) => HtmlText;

export type DocumentFormat = 'text' | 'html' | 'docx' | 'doc' | 'pdf';

/** A document as plain text (lines as the reader sees them) plus what its container said. */
export interface DocumentText {
  file: string;
  format: DocumentFormat;
  encoding?: TextEncodingName;
  /** what decoding noticed but tolerated: a few undecodable characters, a wrong BOM */
  warnings?: DecodeWarning[];
  text: string;
  meta: PageMeta;
}

/** The text of the HTML mammoth made from a .docx (the whole body: no article to look for). */
export function fromDocxHtml(file: string, html: string, htmlToText: HtmlToText): DocumentText {
  const { text } = htmlToText(html, { wholeBody: true });
  if (text.trim().length === 0) throw new ProblemError([problem('file.no-text', file)]);
  return { file, format: 'docx', text, meta: {} };
}

/** A .txt/.md (no `htmlToText`) or .html/.htm page's bytes, decoded by evidence (decode.ts). */
export function fromTextBytes(file: string, ext: string, buf: Uint8Array, htmlToText?: HtmlToText): DocumentText {
  if (looksBinary(buf)) throw new ProblemError([problem('file.binary', file, { ext })]);
  const { text: raw, encoding, warnings: found } = decodeDocumentBytes(file, buf);
  const warnings = found.length > 0 ? { warnings: found } : {};
  const text = raw.replace(/\r\n?/g, '\n');
  if (htmlToText) {
    const depth = htmlDepth(text);
    if (depth > MAX_HTML_DEPTH)
      throw new ProblemError([problem('file.html-too-deep', file, { limit: MAX_HTML_DEPTH })]);
    const page = htmlToText(text);
    if (page.text.trim().length === 0) throw new ProblemError([problem('file.no-text', file)]);
    return { file, format: 'html', encoding, ...warnings, text: page.text, meta: page.meta };
  }
  if (text.trim().length === 0) throw new ProblemError([problem('file.empty', file)]);
  return { file, format: 'text', encoding, ...warnings, text, meta: {} };
}

/** The text is what the extractor's time grows with: refused past the limit, after conversion. */
export function assertTextLength(doc: DocumentText, limit: number): DocumentText {
  if (doc.text.length > limit)
    throw new ProblemError([problem('file.text-too-long', doc.file, { chars: doc.text.length, limit })]);
  return doc;
}

/** The zip limits of a .docx, from the input limits (source/limits.ts). */
export const docxZipLimits = (limits: InputLimits): ZipLimits => ({
  maxPartBytes: limits.maxDocxPartBytes,
  maxRatio: limits.maxDocxRatio,
  maxBodyBytes: limits.maxDocxBodyBytes,
  maxParagraphs: limits.maxDocxParagraphs,
});

export function corruptDocx(file: string, reason: string): ProblemError {
  return new ProblemError([problem('file.corrupt-docx', file, { reason: reason.split('\n')[0]!.slice(0, 200) })]);
}

/**
 * Why a .docx's zip is refused before mammoth inflates it (zip-judge.ts), as the problem the user reads;
 * undefined when it is sound.
 */
export function zipVerdictProblem(file: string, verdict: ZipVerdict): ProblemError | undefined {
  if (verdict.ok) return undefined;
  if (verdict.reason === 'corrupt') return corruptDocx(file, verdict.detail);
  if (verdict.reason === 'too-large') {
    const params = { size: formatBytes(verdict.size), limit: formatBytes(verdict.limit), part: verdict.part };
    return new ProblemError([problem('file.too-large', file, params)]);
  }
  if (verdict.reason === 'ratio') {
    const params = { part: verdict.part, ratio: verdict.ratio, limit: verdict.limit };
    return new ProblemError([problem('file.zip-bomb', file, params)]);
  }
  if (verdict.reason === 'understated') {
    const params = { part: verdict.part, declared: formatBytes(verdict.declared) };
    return new ProblemError([problem('file.zip-bomb', file, params)]);
  }
  return new ProblemError([problem('file.too-many-paragraphs', file, { count: verdict.count, limit: verdict.limit })]);
}

/** A .docx's zip limits by default (the page has no --max-size). */
export const defaultDocxZipLimits = (): ZipLimits => docxZipLimits(DEFAULT_LIMITS);

/**
 * A PDF's compressed streams are judged as a .docx's parts are (pdf-guard.ts): the same limits, raised alike by
 * --max-size.
 */
export const pdfStreamLimits = (limits: InputLimits): StreamLimits => ({
  maxStreamBytes: limits.maxDocxPartBytes,
  maxRatio: limits.maxDocxRatio,
});

/** A PDF's stream limits by default (the page has no --max-size). */
export const defaultPdfStreamLimits = (): StreamLimits => pdfStreamLimits(DEFAULT_LIMITS);
