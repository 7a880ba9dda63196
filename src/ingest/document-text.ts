import { problem, ProblemError } from '../problems/problem.js';
import type { PageMeta } from '../model/page-meta.js';
import { decodeDocumentBytes, looksBinary, type DecodeWarning, type TextEncodingName } from './decode.js';
import type { HtmlText } from './html.js';
import { htmlDepth, MAX_HTML_DEPTH } from './html-depth.js';

/**
 * A document's bytes (or a .docx's HTML) → its text, with no file system: document.ts reads the
 * file and calls these, and so does the web page (src/web) with the bytes a user dropped.
 */

/** cheerio's article reader (html.ts), passed in so node loads it only for a page or a .docx. */
export type HtmlToText = (html: string, options?: { wholeBody?: boolean }) => HtmlText;

export type DocumentFormat = 'text' | 'html' | 'docx';

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
