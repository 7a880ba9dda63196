// Types for the two modules of word-extractor 1.0.4 that doc.ts loads: the Word 97–2003 (OLE)
// extractor and the in-memory reader. Its main module (and @types/word-extractor) also pulls in
// fs and a zip reader, which reading bytes does not need and a browser does not have.

declare module 'word-extractor/lib/word-ole-extractor.js' {
  interface WordDocument {
    /** filterUnicode: false keeps “” and —— (the default turns them into " and --) */
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordOleExtractor {
    extract(reader: unknown): Promise<WordDocument>;
  }
}

declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Uint8Array);
  }
}
