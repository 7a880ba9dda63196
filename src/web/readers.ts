import mammoth from 'mammoth';
import type { ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import { loadScript } from './dom.js';
import type { StructuredReader } from './reader-types.js';
import { STYLE_MAP, hasZipSignature } from '../ingest/docx.js';
import {
  corruptDocx,
  defaultDocxZipLimits,
  fromDocxHtml,
  fromTextBytes,
  zipVerdictProblem,
  type DocumentText,
} from '../ingest/document-text.js';
import { judgeZipWith } from '../ingest/zip-judge.js';
import { pakoInflate } from './zip-inflate.js';
import { htmlToText } from '../ingest/html.js';
import { readWordBinary } from '../ingest/word-binary.js';
import type { OleReader } from './doc.js';
import type { PdfReader } from './pdf.js';

/**
 * The readers the page has, each from the bytes a user dropped: the same conversions `fazhi check`
 * makes (ingest/document-text.ts), so the page and the CLI read the same text from the same file.
 */

/** .docx: mammoth's browser build (it unzips with JSZip, in memory) → HTML → text, as in node. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<DocumentText> {
  if (!hasZipSignature(bytes)) throw corruptDocx(file, 'not a zip package');
  // a zip bomb is refused before mammoth inflates it, as in the CLI (ingest/zip-judge.ts)
  const refused = zipVerdictProblem(file, judgeZipWith(bytes, defaultDocxZipLimits(), pakoInflate));
  if (refused) throw refused;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ arrayBuffer: bytes.slice().buffer }, { styleMap: STYLE_MAP })).value;
  } catch (e) {
    throw corruptDocx(file, e instanceof Error ? e.message : String(e));
  }
  return fromDocxHtml(file, html, htmlToText);
}

/** .txt/.md in any encoding fazhi decodes (ingest/decode.ts). */
export const readText = async (bytes: Uint8Array, file: string, ext: string): Promise<DocumentText> =>
  fromTextBytes(file, ext, bytes);

/** .html/.htm: the article body, as `fazhi check` reads a saved page. */
export const readHtml = async (bytes: Uint8Array, file: string, ext: string): Promise<DocumentText> =>
  fromTextBytes(file, ext, bytes, htmlToText);

/**
 * A structured report (.yaml/.yml/.json): read by structured.js, loaded the first time one is
 * dropped, so the report model's validation (zod) and the YAML parser are not part of every page load.
 */
export async function readStructured(bytes: Uint8Array, file: string, pack: Pack): Promise<ReportData> {
  await loadScript('structured.js');
  const reader = (globalThis as { FAZHI_STRUCTURED?: StructuredReader }).FAZHI_STRUCTURED!;
  return reader(bytes, file, pack);
}

/**
 * .pdf: read by pdf.js (the script pdf.js, loaded the first time a PDF is dropped: 1.6 MB of code
 * most visits never need), with the CLI's refusals: a scan, a password, a damaged file.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<DocumentText> {
  await loadScript('pdf.js');
  return (globalThis as { FAZHI_PDF?: PdfReader }).FAZHI_PDF!(bytes, file);
}

/**
 * .doc/.wps: routed by what the bytes are, as the CLI routes them (ingest/word-binary.ts); a
 * Word 97–2003 file is read by doc.js (word-extractor's OLE reader), loaded when one is first dropped.
 */
export const readWord = (bytes: Uint8Array, file: string, ext: string): Promise<DocumentText> =>
  readWordBinary(file, ext === '.wps' ? '.wps' : '.doc', bytes, {
    async ole(f, b, e) {
      await loadScript('doc.js');
      return (globalThis as { FAZHI_DOC?: OleReader }).FAZHI_DOC!(f, b, e);
    },
    zip: (f, b) => readDocx(b, f),
    pdf: (f, b) => readPdf(b, f),
    html: (f, b, e) => readHtml(b, f, e),
  });
