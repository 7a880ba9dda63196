import type { ReadyReader } from './file-types.js';
import { readDocx, readHtml, readStructured, readText } from './readers.js';
import type { DocumentReader, StructuredReader } from './reader-types.js';

/**
 * The reader of each type file-types.ts lists as ready, over the file's bytes. A document reader
 * gives text (then extracted by the pack's cues, as `fazhi check` does); the structured reader
 * gives the report itself. A PDF reader (ingest/pdf.ts, once merged) plugs in as, e.g.,
 *   pdf: async (bytes, file) => ({ file, format: 'text', text: await pdfText(bytes), meta: {} })
 */
export const READERS: { [K in ReadyReader]: K extends 'structured' ? StructuredReader : DocumentReader } = {
  docx: readDocx,
  text: readText,
  html: readHtml,
  structured: readStructured,
};

/** The extractor's time grows with the text: the CLI's limit (source/limits.ts maxTextChars). */
export const MAX_TEXT_CHARS = 2_000_000;
