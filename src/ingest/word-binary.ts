import { problem, ProblemError } from '../problems/problem.js';
import type { DocumentText } from './document-text.js';
import { sniffContainer } from './sniff.js';

/**
 * A .doc or .wps is read for what its bytes are: a Word 97–2003 (OLE) file by word-extractor, a
 * renamed .docx, web page or PDF by their own readers; RTF and MHT, which fazhi does not read, are
 * refused with what they are, so the writer knows to save the file again. The CLI (document.ts) and
 * the page (web/readers.ts) pass their own readers, so both route a file the same way.
 */
export interface WordBinaryReaders {
  ole: (file: string, bytes: Uint8Array, ext: '.doc' | '.wps') => Promise<string>;
  zip: (file: string, bytes: Uint8Array) => Promise<DocumentText>;
  pdf: (file: string, bytes: Uint8Array) => Promise<DocumentText>;
  html: (file: string, bytes: Uint8Array, ext: string) => Promise<DocumentText>;
}

export async function readWordBinary(
  file: string,
  ext: '.doc' | '.wps',
  bytes: Uint8Array,
  readers: WordBinaryReaders,
): Promise<DocumentText> {
  const container = sniffContainer(bytes);
  if (container === 'ole') {
    const text = await readers.ole(file, bytes, ext);
    if (text.trim().length === 0) throw new ProblemError([problem('file.no-text', file)]);
    return { file, format: 'doc', text, meta: {} };
  }
  if (container === 'zip') return readers.zip(file, bytes);
  if (container === 'pdf') return readers.pdf(file, bytes);
  if (container === 'html') return readers.html(file, bytes, ext);
  if (container === 'rtf' || container === 'mht')
    throw new ProblemError([problem('file.doc-disguised', file, { ext, kind: container === 'rtf' ? 'RTF' : 'MHT' })]);
  throw unreadable(file, ext, 'not a Word 97–2003 file');
}

export function unreadable(file: string, ext: '.doc' | '.wps', reason: string): ProblemError {
  const short = reason.split('\n')[0]!.slice(0, 200);
  return new ProblemError([
    ext === '.wps'
      ? problem('file.wps-unreadable', file, { reason: short })
      : problem('file.corrupt-doc', file, { ext, reason: short }),
  ]);
}
