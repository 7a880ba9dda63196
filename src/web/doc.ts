import { docToText } from '../ingest/doc.js';

/** Word 97–2003 / WPS text from an OLE file's bytes (ingest/doc.ts). */
export type OleReader = (file: string, bytes: Uint8Array, ext: '.doc' | '.wps') => Promise<string>;

/**
 * doc.js's entry (scripts/bundle-web.mjs): word-extractor's OLE reader, loaded the first time a
 * .doc or .wps is dropped. Built with `stream` aliased to ingest/readable-shim.ts and the `buffer`
 * package's Buffer as the global the reader expects.
 */
(globalThis as { FAZHI_DOC?: OleReader }).FAZHI_DOC = docToText;
