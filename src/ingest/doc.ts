import { unreadable } from './word-binary.js';

/**
 * Word 97–2003 (.doc) bytes → text, with word-extractor's OLE reader; WPS's own .wps is an OLE file
 * of the same kind when WPS wrote it Word-compatibly, and is tried the same way. Only the OLE
 * reader and the in-memory reader are loaded: the package's main module also loads fs and a zip
 * reader. The caller has sniffed the bytes (sniff.ts): this is for an OLE file.
 */
export async function docToText(file: string, bytes: Uint8Array, ext: '.doc' | '.wps'): Promise<string> {
  // Loaded on first use, as mammoth is: most runs read no .doc.
  const [{ default: WordOleExtractor }, { default: BufferReader }] = await Promise.all([
    import('word-extractor/lib/word-ole-extractor.js'),
    import('word-extractor/lib/buffer-reader.js'),
  ]);
  let body: string;
  try {
    const document = await new WordOleExtractor().extract(new BufferReader(toBuffer(bytes)));
    // filterUnicode: false keeps “” and ——, which the default turns into " and --.
    body = document.getBody({ filterUnicode: false });
  } catch (e) {
    throw unreadable(file, ext, e instanceof Error ? e.message : String(e));
  }
  return normalise(body);
}

/** The reader works on Node's Buffer (a browser build supplies one); a view, not a copy. */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Word's paragraph marks become line breaks; a table cell ends in a tab (kept: the extractor reads
 * a row as one line), and the text's own control marks (page break \f, column break) are breaks too.
 */
function normalise(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v]/g, '\n')
    .replace(/[\u0000-\u0008\u000e-\u001f]/g, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
