import { extname } from 'node:path';
import { problem, ProblemError } from '../problems/problem.js';
import { DEFAULT_LIMITS, type InputLimits } from '../source/limits.js';
import { readUserBytes } from '../source/read-file.js';
import { docxToHtml, hasZipSignature } from './docx.js';
import { judgeZip } from './zip-guard.js';
import { readWordBinary } from './word-binary.js';
import {
  assertTextLength,
  corruptDocx,
  docxZipLimits,
  fromDocxHtml,
  fromTextBytes,
  pdfStreamLimits,
  zipVerdictProblem,
  type DocumentText,
  type HtmlToText,
} from './document-text.js';

export type { DocumentFormat, DocumentText } from './document-text.js';

/** cheerio and mammoth load only when a page or a .docx needs them, so checking a .txt or .yaml starts fast. */
const loadHtmlToText = async (): Promise<HtmlToText> => (await import('./html.js')).htmlToText;

/** Documents fazhi reads as text and extracts facts from. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.doc', '.wps', '.pdf'];

/** Read as bytes, never decoded as text. */
const BINARY_EXTENSIONS = ['.docx', '.doc', '.wps', '.pdf'];

/** Reads a document within `limits` (source/limits.ts); mammoth, pdf.js and word-extractor run in-process. */
export async function readDocument(
  file: string,
  limits: InputLimits = DEFAULT_LIMITS,
  onBytes?: (bytes: Uint8Array) => void,
): Promise<DocumentText> {
  const { buf, ext } = readBytes(file, limits);
  onBytes?.(buf);
  const doc = await convertByType(file, ext, buf, limits);
  // After conversion, not before: the text is what the extractor's time grows with.
  return assertTextLength(doc, limits.maxTextChars);
}

async function convertByType(file: string, ext: string, buf: Buffer, limits: InputLimits): Promise<DocumentText> {
  if (ext === '.docx') return fromDocx(file, buf, limits);
  if (ext === '.pdf') return fromPdf(file, buf, limits);
  if (ext === '.doc' || ext === '.wps') return fromWordBinary(file, ext, buf, limits);
  return fromTextBytes(file, ext, buf, ext === '.html' || ext === '.htm' ? await loadHtmlToText() : undefined);
}

async function fromDocx(file: string, buf: Buffer, limits: InputLimits): Promise<DocumentText> {
  return fromDocxHtml(file, await convert(file, guardZip(file, buf, limits), docxToHtml), await loadHtmlToText());
}

async function fromPdf(file: string, buf: Buffer, limits: InputLimits): Promise<DocumentText> {
  const [{ pdfToText }, { loadCMapFromDisk }, { inflatedSizeNode }] = await Promise.all([
    import('./pdf.js'),
    import('./pdf-cmaps-node.js'),
    import('./pdf-inflate-node.js'),
  ]);
  const { text } = await pdfToText(file, buf, {
    loadCMap: loadCMapFromDisk,
    maxTextChars: limits.maxTextChars,
    inflatedSize: inflatedSizeNode,
    streamLimits: pdfStreamLimits(limits),
  });
  return { file, format: 'pdf', text, meta: {} };
}

/** A .doc or .wps by what its bytes are (word-binary.ts): the OLE reader is word-extractor's. */
async function fromWordBinary(file: string, ext: '.doc' | '.wps', buf: Buffer, limits: InputLimits) {
  const { docToText } = await import('./doc.js');
  return readWordBinary(file, ext, buf, {
    ole: docToText,
    zip: (f, b) => fromDocx(f, Buffer.from(b.buffer, b.byteOffset, b.byteLength), limits),
    pdf: (f, b) => fromPdf(f, Buffer.from(b.buffer, b.byteOffset, b.byteLength), limits),
    html: async (f, b, e) => fromTextBytes(f, e, b, await loadHtmlToText()),
  });
}

function readBytes(file: string, limits: InputLimits): { buf: Buffer; ext: string } {
  const ext = extname(file).toLowerCase();
  if (!DOCUMENT_EXTENSIONS.includes(ext)) {
    throw new ProblemError([
      problem('file.unsupported-type', file, { ext: ext || '(none)', supported: DOCUMENT_EXTENSIONS.join(' ') }),
    ]);
  }
  const buf = readUserBytes(file, limits.maxDocumentBytes);
  if (buf.length === 0 || (!BINARY_EXTENSIONS.includes(ext) && onlyBlankBytes(buf))) {
    throw new ProblemError([problem('file.empty', file)]);
  }
  return { buf, ext };
}

/**
 * Whether every byte, read as Latin-1, is what `String.prototype.trim` removes (tab, line feed, vertical tab,
 * form feed, carriage return, space, no-break space): a scan that stops at the first other byte, where a
 * Latin-1 copy of the whole file was made to be trimmed.
 */
function onlyBlankBytes(buf: Uint8Array): boolean {
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (!((b >= 0x09 && b <= 0x0d) || b === 0x20 || b === 0xa0)) return false;
  }
  return true;
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
