import { problem, ProblemError } from '../problems/problem.js';
import { formatBytes } from '../source/limits.js';
import { dropSpacesAroundCjk } from './cjk-repair.js';
import { type PdfLine, type PdfTextItem, pageLines } from './pdf-lines.js';
import { type InflatedSize, judgePdfStreams, type StreamLimits } from './pdf-guard.js';
import { joinParagraphs } from './pdf-paragraphs.js';
import { dropRunningLines } from './pdf-running.js';

/**
 * PDF bytes → the report's text, through pdf.js (unpdf's build, which runs in Node 20 and in a
 * browser without a worker file). It takes bytes and returns text: no file system, no network.
 * Whatever pdf.js would fetch comes from `loadCMap` — the Adobe-GB1 CMaps that PDFs with a
 * non-embedded Chinese font (STSong-Light, UniGB-UCS2-H) need; without them such text comes out
 * empty. Node reads them from vendor/pdf-cmaps (pdf-cmaps-node.ts); a browser passes them bundled.
 */

/** The packed CMap (.bcmap) of the given name (UniGB-UCS2-H, Adobe-GB1-UCS2 …); rejects when there is none. */
export type LoadCMap = (name: string) => Promise<Uint8Array>;

export interface PdfReadOptions {
  loadCMap: LoadCMap;
  /** stop reading and refuse once the text passes this many characters (source/limits.ts maxTextChars) */
  maxTextChars?: number;
  /** with `streamLimits`, compressed streams are judged before pdf.js inflates them (pdf-guard.ts) */
  inflatedSize?: InflatedSize;
  streamLimits?: StreamLimits;
}

export interface PdfText {
  text: string;
  pages: number;
}

/**
 * Below this many characters per page on average, a PDF has no text layer worth reading: a scan,
 * perhaps with a printed page number. A real report's page holds 500–900.
 */
const SCAN_CHARS_PER_PAGE = 30;

/**
 * A real report has 5–50 pages; each page costs pdf.js a parse whether or not it holds text, so a
 * file of a hundred thousand empty pages is refused before the first is read, not after minutes.
 */
export const MAX_PDF_PAGES = 2_000;

export async function pdfToText(file: string, bytes: Uint8Array, options: PdfReadOptions): Promise<PdfText> {
  if (options.inflatedSize && options.streamLimits)
    guardStreams(file, bytes, options.inflatedSize, options.streamLimits);
  const pdf = await open(file, bytes, options.loadCMap);
  try {
    if (pdf.numPages > MAX_PDF_PAGES)
      throw new ProblemError([problem('file.pdf-too-many-pages', file, { pages: pdf.numPages, limit: MAX_PDF_PAGES })]);
    if (pdf.numPages === 0) throw new ProblemError([problem('file.no-text', file)]);
    const pages: PdfLine[][] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const lines = await readPage(file, pdf, n);
      pages.push(lines);
      chars += lines.reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0);
      if (options.maxTextChars !== undefined && chars > options.maxTextChars)
        throw new ProblemError([problem('file.text-too-long', file, { chars, limit: options.maxTextChars })]);
    }
    const body = dropRunningLines(pages);
    const bodyChars = body.flat().reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0);
    if (bodyChars < SCAN_CHARS_PER_PAGE * pdf.numPages) throw new ProblemError([problem('file.pdf-scanned', file)]);
    return { text: dropSpacesAroundCjk(joinParagraphs(body)), pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<typeof import('unpdf')['getDocumentProxy']>>;

async function open(file: string, bytes: Uint8Array, loadCMap: LoadCMap): Promise<PdfDocument> {
  if (!startsLikePdf(bytes)) throw corrupt(file, 'no %PDF- header');
  // Loaded on first use: most runs read no PDF, and pdf.js is 1.6 MB of JavaScript.
  const { getDocumentProxy } = await import('unpdf');
  try {
    return await getDocumentProxy(new Uint8Array(bytes), {
      BinaryDataFactory: dataFactory(loadCMap),
      useWorkerFetch: false,
      cMapPacked: true,
      // pdf.js reports font trouble on the console; fazhi's output is its own.
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      // pdf.js's defaults under Node name files of a pdfjs-dist install; nothing is read but what loadCMap gives.
      cMapUrl: undefined,
      standardFontDataUrl: undefined,
      wasmUrl: undefined,
    } as Parameters<typeof import('unpdf')['getDocumentProxy']>[1]);
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new ProblemError([problem('file.pdf-encrypted', file)]);
    throw corrupt(file, e instanceof Error ? e.message : String(e));
  }
}

/**
 * What pdf.js asks its BinaryDataFactory for, answered from `loadCMap`. Standard-font and wasm
 * data are refused: text extraction does without them (pdf.js falls back and carries on).
 */
function dataFactory(loadCMap: LoadCMap) {
  return class FazhiBinaryDataFactory {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (kind === 'cMapUrl') return loadCMap(filename.replace(/\.bcmap$/, ''));
      throw new Error(`no ${kind} data is bundled`);
    }
  };
}

async function readPage(file: string, pdf: PdfDocument, n: number): Promise<PdfLine[]> {
  try {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    page.cleanup();
    return pageLines(
      content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item),
      n,
    );
  } catch (e) {
    throw corrupt(file, `page ${n}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function guardStreams(file: string, bytes: Uint8Array, inflatedSize: InflatedSize, limits: StreamLimits): void {
  const verdict = judgePdfStreams(bytes, inflatedSize, limits);
  if (verdict.ok) return;
  if (verdict.reason === 'ratio')
    throw new ProblemError([
      problem('file.zip-bomb', file, { part: verdict.object, ratio: verdict.ratio, limit: verdict.limit }),
    ]);
  // Inflation stopped at the limit: the stream's full size is unknown, only that it is more.
  const limit = formatBytes(verdict.limit);
  throw new ProblemError([problem('file.too-large', file, { size: `>${limit}`, limit, part: verdict.object })]);
}

/** %PDF- within the first KB, where readers accept it (some writers put junk before it). */
function startsLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function corrupt(file: string, reason: string): ProblemError {
  return new ProblemError([problem('file.corrupt-pdf', file, { reason: reason.split('\n')[0]!.slice(0, 200) })]);
}
