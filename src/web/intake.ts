import type { ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import type { DocumentText } from '../ingest/document-text.js';
import { readDocx, readHtml, readStructured, readText } from './readers.js';

/**
 * Every file type the page accepts, in one list, each with its reader over the file's bytes.
 * A document reader gives text (then extracted by the pack's cues, as `fazhi check` does); a
 * structured reader gives the report itself. A type listed without a reader is known but not
 * read yet: the page says so instead of calling it unsupported.
 *
 * PDF and Word 97–2003 are read by ingest/pdf.ts and ingest/doc.ts (issue 12, part 4) once merged:
 * fill their `read` with an adapter of this shape, e.g.
 *   read: async (bytes, file) => ({ file, format: 'text', text: await pdfText(bytes), meta: {} })
 */
export type DocumentReader = (bytes: Uint8Array, file: string, ext: string) => Promise<DocumentText>;
export type StructuredReader = (bytes: Uint8Array, file: string, pack: Pack) => ReportData;

export type AcceptedType =
  | { kind: 'document'; exts: string[]; read: DocumentReader }
  | { kind: 'structured'; exts: string[]; read: StructuredReader }
  | { kind: 'pending'; exts: string[] };

export const ACCEPTED: AcceptedType[] = [
  { kind: 'document', exts: ['.docx'], read: readDocx },
  { kind: 'document', exts: ['.txt', '.md'], read: readText },
  { kind: 'document', exts: ['.html', '.htm'], read: readHtml },
  { kind: 'structured', exts: ['.yaml', '.yml', '.json'], read: readStructured },
  { kind: 'pending', exts: ['.pdf'] },
  { kind: 'pending', exts: ['.doc', '.wps'] },
];

/** The page refuses a larger file before reading it (the CLI's document limit, source/limits.ts). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The extractor's time grows with the text: the CLI's limit (source/limits.ts maxTextChars). */
export const MAX_TEXT_CHARS = 2_000_000;

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
};

export const typeFor = (ext: string): AcceptedType | undefined => ACCEPTED.find((t) => t.exts.includes(ext));

/** What the file picker offers: every type with a reader. */
export const acceptAttribute = (): string =>
  ACCEPTED.filter((t) => t.kind !== 'pending')
    .flatMap((t) => t.exts)
    .join(',');
