import { extname } from 'node:path';
import { problem, ProblemError } from '../problems/problem.js';
import { DEFAULT_LIMITS, type InputLimits } from '../source/limits.js';
import { readUserBytes } from '../source/read-file.js';
import { docxToHtml, hasZipSignature } from './docx.js';
import { judgeZip } from './zip-guard.js';
import {
  assertTextLength,
  corruptDocx,
  docxZipLimits,
  fromDocxHtml,
  fromTextBytes,
  zipVerdictProblem,
  type DocumentText,
  type HtmlToText,
} from './document-text.js';

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
  const refused = zipVerdictProblem(file, judgeZip(buf, docxZipLimits(limits)));
  if (refused) throw refused;
  return buf;
}

async function convert(file: string, buf: Buffer, fn: (b: Buffer) => Promise<string>): Promise<string> {
  if (!hasZipSignature(buf)) throw corruptDocx(file, 'not a zip package');
  try {
    return await fn(buf);
  } catch (e) {
    throw corruptDocx(file, e instanceof Error ? e.message : String(e));
  }
}
