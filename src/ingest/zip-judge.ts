/**
 * Inflates a raw-deflate part with an output cap: its bytes, 'over-cap' when it holds more than
 * `cap`, undefined when the data is broken. Node passes zlib (zip-guard.ts), the page pako.
 */
export type CappedInflate = (data: Uint8Array, cap: number) => Uint8Array | 'over-cap' | undefined;

/**
 * A .docx is a zip; mammoth (through JSZip) inflates whole parts into memory. A "zip bomb" — a
 * small file whose parts inflate to hundreds of megabytes — would exhaust the heap long before
 * any limit on the text could act. So the zip's central directory is read first, and every part
 * is judged before mammoth sees the file: its declared size, its compression ratio, and — since
 * a declaration can lie — its real inflated size, inflated here with a hard output cap.
 */
export interface ZipLimits {
  maxPartBytes: number;
  maxRatio: number;
  /** the body part's own limit, lower than other parts' (pictures): mammoth parses it into a tree */
  maxBodyBytes: number;
  /**
   * paragraphs in word/document.xml: mammoth's time grows faster than linearly with them (11,000: 1.5 s; 34,000:
   * 7 s)
   */
  maxParagraphs: number;
}

/** Ratios are judged only for parts above this: tiny parts of repeated XML compress well legitimately. */
const RATIO_FLOOR = 1024 * 1024;
/** All parts together: pictures are stored nearly uncompressed, so this is a few large parts' worth. */
const TOTAL_PARTS = 4;

export type ZipVerdict =
  | { ok: true }
  | { ok: false; reason: 'corrupt'; detail: string }
  | { ok: false; reason: 'too-large'; part: string; size: number; limit: number }
  | { ok: false; reason: 'ratio'; part: string; ratio: number; limit: number }
  | { ok: false; reason: 'understated'; part: string; declared: number }
  | { ok: false; reason: 'paragraphs'; count: number; limit: number };

const utf8 = new TextDecoder('utf-8');

/** The part that holds a Word document's body. */
const BODY_PART = 'word/document.xml';

export function judgeZipWith(buf: Uint8Array, limits: ZipLimits, inflate: CappedInflate): ZipVerdict {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const eocd = findEndOfCentralDirectory(buf, u32);
  if (eocd < 0) return { ok: false, reason: 'corrupt', detail: 'no zip central directory' };
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || u32(at) !== 0x02014b50)
      return { ok: false, reason: 'corrupt', detail: 'broken zip central directory' };
    const method = u16(at + 10);
    const compressed = u32(at + 20);
    const declared = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localHeader = u32(at + 42);
    const name = utf8.decode(buf.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;

    const tooLarge = (size: number, limit: number): ZipVerdict => ({
      ok: false,
      reason: 'too-large',
      part: name,
      size,
      limit,
    });
    const partLimit = name === BODY_PART ? limits.maxBodyBytes : limits.maxPartBytes;
    if (declared > partLimit) return tooLarge(declared, partLimit);
    if (declared > RATIO_FLOOR && declared > compressed * limits.maxRatio) {
      return {
        ok: false,
        reason: 'ratio',
        part: name,
        ratio: Math.round(declared / Math.max(compressed, 1)),
        limit: limits.maxRatio,
      };
    }
    total += declared;
    if (total > limits.maxPartBytes * TOTAL_PARTS) return tooLarge(total, limits.maxPartBytes * TOTAL_PARTS);
    if (method !== 8 && method !== 0) continue; // mammoth cannot read other methods and says so
    const data = partData(buf, u16, u32, localHeader, compressed, method, declared, inflate);
    if (data === undefined) return { ok: false, reason: 'corrupt', detail: `${name}: its compressed data is broken` };
    if (data.length > declared) return { ok: false, reason: 'understated', part: name, declared };
    if (name === BODY_PART) {
      const count = paragraphCount(data);
      if (count > limits.maxParagraphs) return { ok: false, reason: 'paragraphs', count, limit: limits.maxParagraphs };
    }
  }
  return { ok: true };
}

/** `<w:p>` and `<w:p …>` (not `<w:pPr>`, `<w:pStyle>`): the byte after the name ends it. */
function paragraphCount(xml: Uint8Array): number {
  const ENDS = [0x3e /* > */, 0x20, 0x2f /* / */, 0x0a, 0x0d, 0x09];
  let count = 0;
  // "<w:p" is 3c 77 3a 70
  for (let at = xml.indexOf(0x3c); at >= 0; at = xml.indexOf(0x3c, at + 1)) {
    if (xml[at + 1] === 0x77 && xml[at + 2] === 0x3a && xml[at + 3] === 0x70 && ENDS.includes(xml[at + 4]!)) count++;
  }
  return count;
}

/**
 * One part's bytes, inflated with an output cap one byte above what it declares: a part that
 * says less than it holds is caught at the cap (returned one byte longer than declared).
 */
function partData(
  buf: Uint8Array,
  u16: (at: number) => number,
  u32: (at: number) => number,
  localHeader: number,
  compressed: number,
  method: number,
  declared: number,
  inflate: CappedInflate,
): Uint8Array | undefined {
  if (localHeader + 30 > buf.length || u32(localHeader) !== 0x04034b50) return undefined;
  const start = localHeader + 30 + u16(localHeader + 26) + u16(localHeader + 28);
  const data = buf.subarray(start, start + compressed);
  if (method === 0) return data;
  const inflated = inflate(data, declared + 1);
  return inflated === 'over-cap' ? new Uint8Array(declared + 1) : inflated;
}

/** The End Of Central Directory record sits in the last 64 KB + 22 bytes (its comment is at most 64 KB). */
function findEndOfCentralDirectory(buf: Uint8Array, u32: (at: number) => number): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (u32(i) === 0x06054b50) return i;
  }
  return -1;
}
