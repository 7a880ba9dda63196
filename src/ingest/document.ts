import { extname } from 'node:path';
import { problem, ProblemError } from '../problems/problem.js';
import { DEFAULT_LIMITS, formatBytes, type InputLimits } from '../source/limits.js';
import { readUserBytes, tooLarge } from '../source/read-file.js';
import { docxToHtml, hasZipSignature } from './docx.js';
import { judgeZip } from './zip-guard.js';
import { assertTextLength, fromDocxHtml, fromTextBytes, type DocumentText, type HtmlToText } from './document-text.js';

export type { DocumentFormat, DocumentText } from './document-text.js';

/** cheerio and mammoth load only when a page or a .docx needs them, so checking a .txt or .yaml starts fast. */
const loadHtmlToText = async (): Promise<HtmlToText> => (await import('./html.js')).htmlToText;

/** Documents fazhi reads as text and extracts facts from. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx'];

/** Reads a document within `limits` (source/limits.ts); mammoth runs in-process. */
export async function readDocument(file: string, limits: InputLimits = DEFAULT_LIMITS): Promise<DocumentText> {
  const { buf, ext } = readBytes(file, limits);
  const doc =
    ext === '.docx'
      ? fromDocxHtml(file, await convert(file, guardZip(file, buf, limits), docxToHtml), await loadHtmlToText())
      : fromTextBytes(file, ext, buf, ext === '.html' || ext === '.htm' ? await loadHtmlToText() : undefined);
  // After conversion, not before: the text is what the extractor's time grows with.
  return assertTextLength(doc, limits.maxTextChars);
}

function readBytes(file: string, limits: InputLimits): { buf: Buffer; ext: string } {
  const ext = extname(file).toLowerCase();
  if (!DOCUMENT_EXTENSIONS.includes(ext)) {
    throw new ProblemError([
      problem('file.unsupported-type', file, { ext: ext || '(none)', supported: DOCUMENT_EXTENSIONS.join(' ') }),
    ]);
  }
  const buf = readUserBytes(file, limits.maxDocumentBytes);
  if (buf.length === 0 || (ext !== '.docx' && buf.toString('latin1').trim().length === 0)) {
    throw new ProblemError([problem('file.empty', file)]);
  }
  return { buf, ext };
}

/** A zip bomb is refused before mammoth inflates it (zip-guard.ts). */
function guardZip(file: string, buf: Buffer, limits: InputLimits): Buffer {
  if (!hasZipSignature(buf)) return buf; // convert() says "not a zip package"
  const verdict = judgeZip(buf, {
    maxPartBytes: limits.maxDocxPartBytes,
    maxRatio: limits.maxDocxRatio,
    maxBodyBytes: limits.maxDocxBodyBytes,
    maxParagraphs: limits.maxDocxParagraphs,
  });
  if (verdict.ok) return buf;
  if (verdict.reason === 'corrupt') throw corrupt(file, verdict.detail);
  if (verdict.reason === 'too-large') throw tooLarge(file, verdict.size, verdict.limit, verdict.part);
  if (verdict.reason === 'ratio')
    throw new ProblemError([
      problem('file.zip-bomb', file, { part: verdict.part, ratio: verdict.ratio, limit: verdict.limit }),
    ]);
  if (verdict.reason === 'understated')
    throw new ProblemError([
      problem('file.zip-bomb', file, { part: verdict.part, declared: formatBytes(verdict.declared) }),
    ]);
  throw new ProblemError([problem('file.too-many-paragraphs', file, { count: verdict.count, limit: verdict.limit })]);
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
