/**
 * How much fazhi reads before it refuses an input. A real 法治政府建设年度报告 is 5–50 pages:
 * 10–200 KB of text, a .docx of 20 KB–20 MB (pictures), a structured report of a few KB. The
 * limits sit one to two orders of magnitude above that, so no real report meets them, and far
 * below what exhausts memory: a hostile or broken file (a zip bomb, a 66 MB JSON, /dev/zero
 * behind a symlink) is refused before the work that would crash the process, as one clear line.
 */
export interface InputLimits {
  /** bytes of any document file (.txt .md .html .htm .docx .doc .wps .pdf) */
  maxDocumentBytes: number;
  /**
   * bytes of a structured report, pack file, waiver or events file (.yaml .yml .json): parsed into a
   * tree ~50× its size
   */
  maxStructuredBytes: number;
  /** bytes each XML part of a .docx may inflate to, as its zip entry declares and as it really inflates */
  maxDocxPartBytes: number;
  /** inflated : compressed, for parts over 1 MB: XML compresses 5–20×; a bomb's padding hundreds of times */
  maxDocxRatio: number;
  /** characters of text a document may yield (a long report has 5,000–30,000) */
  maxTextChars: number;
  /** bytes of a .docx body (word/document.xml): mammoth's time grows faster than its size (25 MB took 45 s and 2 GB) */
  maxDocxBodyBytes: number;
  /** paragraphs in a .docx body (≈ 200 pages; a long report has 300–2,000) */
  maxDocxParagraphs: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: InputLimits = {
  maxDocumentBytes: 50 * MB,
  maxStructuredBytes: 10 * MB,
  maxDocxPartBytes: 32 * MB,
  maxDocxRatio: 200,
  maxTextChars: 2_000_000,
  maxDocxBodyBytes: 8 * MB,
  maxDocxParagraphs: 10_000,
};

/**
 * `--max-size <MB>`: the one limit a user raises, for a file that really is that large. It sets
 * the file limits; what a file may grow to once read (inflated parts, text) grows in proportion.
 */
export function limitsForMaxSize(megabytes: number): InputLimits {
  const bytes = Math.round(megabytes * MB);
  const scale = Math.max(1, bytes / DEFAULT_LIMITS.maxDocumentBytes);
  return {
    maxDocumentBytes: bytes,
    maxStructuredBytes: bytes,
    maxDocxPartBytes: Math.round(DEFAULT_LIMITS.maxDocxPartBytes * scale),
    maxDocxRatio: DEFAULT_LIMITS.maxDocxRatio,
    maxTextChars: Math.round(DEFAULT_LIMITS.maxTextChars * scale),
    maxDocxBodyBytes: Math.round(DEFAULT_LIMITS.maxDocxBodyBytes * scale),
    maxDocxParagraphs: Math.round(DEFAULT_LIMITS.maxDocxParagraphs * scale),
  };
}

/** 1.2 MB, 66 MB, 812 KB: sizes as a person reads them in a message. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
