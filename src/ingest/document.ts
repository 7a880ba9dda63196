import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { problem, ProblemError } from '../problems/problem.js';
import { decodeDocumentBytes, looksBinary, type DecodeWarning, type TextEncodingName } from './decode.js';
import { docxToHtml, hasZipSignature } from './docx.js';
import type { HtmlText, PageMeta } from './html.js';

/** cheerio and mammoth load only when a page or a .docx needs them, so checking a .txt or .yaml starts fast. */
type HtmlToText = (html: string, options?: { wholeBody?: boolean }) => HtmlText;
const loadHtmlToText = async (): Promise<HtmlToText> => (await import('./html.js')).htmlToText;

/** Documents fazhi reads as text and extracts facts from. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx'];

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

/** Reads a document; mammoth runs in-process. */
export async function readDocument(file: string): Promise<DocumentText> {
  const { buf, ext } = readBytes(file);
  if (ext === '.docx') {
    return fromDocxHtml(file, await convert(file, buf, docxToHtml), await loadHtmlToText());
  }
  const needsHtml = ext === '.html' || ext === '.htm';
  return fromTextBytes(file, ext, buf, needsHtml ? await loadHtmlToText() : undefined);
}

function readBytes(file: string): { buf: Buffer; ext: string } {
  const ext = extname(file).toLowerCase();
  if (!DOCUMENT_EXTENSIONS.includes(ext)) {
    throw new ProblemError([problem('file.unsupported-type', file, { ext: ext || '(none)', supported: DOCUMENT_EXTENSIONS.join(' ') })]);
  }
  let buf: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new ProblemError([problem('file.is-directory', file)]);
    buf = readFileSync(file);
  } catch (e) {
    if (e instanceof ProblemError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ProblemError([problem('file.not-found', file)]);
    throw new ProblemError([problem('file.unreadable', file, { reason: code ?? String(e) })]);
  }
  if (buf.length === 0 || (ext !== '.docx' && buf.toString('latin1').trim().length === 0)) {
    throw new ProblemError([problem('file.empty', file)]);
  }
  return { buf, ext };
}

async function convert(file: string, buf: Buffer, fn: (b: Buffer) => Promise<string>): Promise<string> {
  if (!hasZipSignature(buf)) throw corrupt(file, 'not a zip package');
  try {
    return await fn(buf);
  } catch (e) {
    throw corrupt(file, e instanceof Error ? e.message : String(e));
  }
}

function corrupt(file: string, reason: string): ProblemError {
  return new ProblemError([problem('file.corrupt-docx', file, { reason: reason.split('\n')[0]!.slice(0, 200) })]);
}

function fromDocxHtml(file: string, html: string, htmlToText: HtmlToText): DocumentText {
  const { text } = htmlToText(html, { wholeBody: true });
  if (text.trim().length === 0) throw new ProblemError([problem('file.no-text', file)]);
  return { file, format: 'docx', text, meta: {} };
}

function fromTextBytes(file: string, ext: string, buf: Buffer, htmlToText?: HtmlToText): DocumentText {
  if (looksBinary(buf)) throw new ProblemError([problem('file.binary', file, { ext })]);
  const { text: raw, encoding, warnings: found } = decodeDocumentBytes(file, buf);
  const warnings = found.length > 0 ? { warnings: found } : {};
  const text = raw.replace(/\r\n?/g, '\n');
  if (htmlToText) {
    const page = htmlToText(text);
    if (page.text.trim().length === 0) throw new ProblemError([problem('file.no-text', file)]);
    return { file, format: 'html', encoding, ...warnings, text: page.text, meta: page.meta };
  }
  if (text.trim().length === 0) throw new ProblemError([problem('file.empty', file)]);
  return { file, format: 'text', encoding, ...warnings, text, meta: {} };
}
