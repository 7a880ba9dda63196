import { defaultPdfStreamLimits, type DocumentText } from '../ingest/document-text.js';
import { pdfToText } from '../ingest/pdf.js';
import { MAX_TEXT_CHARS } from './limits.js';
import { loadCMapBundled } from './pdf-cmaps.js';
import { pakoInflatedSize } from './pdf-inflate.js';

/** A PDF's bytes → its text, as `fazhi check` reads it (ingest/pdf.ts). */
export type PdfReader = (bytes: Uint8Array, file: string) => Promise<DocumentText>;

/**
 * pdf.js's entry (scripts/bundle-web.mjs): unpdf's build of pdf.js, whose worker runs in this
 * thread (no worker script to fetch), loaded by the engine the first time a PDF is dropped, so the
 * page's start does not carry 1.6 MB it rarely needs. pdf.ts passes isEvalSupported: false, so
 * pdf.js compiles no PostScript function with `new Function` and the policy needs no unsafe-eval.
 */
const readPdf: PdfReader = async (bytes, file) => {
  const { text } = await pdfToText(file, bytes, {
    loadCMap: loadCMapBundled,
    maxTextChars: MAX_TEXT_CHARS,
    inflatedSize: pakoInflatedSize,
    streamLimits: defaultPdfStreamLimits(),
  });
  return { file, format: 'pdf', text, meta: {} };
};

(globalThis as { FAZHI_PDF?: PdfReader }).FAZHI_PDF = readPdf;
