import type { ReadyReader } from './file-types.js';
import { readDocx, readHtml, readPdf, readStructured, readText, readWord } from './readers.js';
import type { DocumentReader, StructuredReader } from './reader-types.js';

/**
 * The reader of each type file-types.ts lists as ready, over the file's bytes. A document reader
 * gives text (then extracted by the pack's cues, as `fazhi check` does); the structured reader
 * gives the report itself. The PDF and Word 97–2003 readers load their code (pdf.js, doc.js) on first use.
 */
export const READERS: { [K in ReadyReader]: K extends 'structured' ? StructuredReader : DocumentReader } = {
  docx: readDocx,
  text: readText,
  html: readHtml,
  structured: readStructured,
  pdf: readPdf,
  doc: readWord,
};
