import { inflateRawSync } from 'node:zlib';

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
  /** paragraphs in word/document.xml: mammoth's time grows faster than linearly with them (11,000: 1.5 s; 34,000: 7 s) */
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

/** The part that holds a Word document's body. */
const BODY_PART = 'word/document.xml';

export function judgeZip(buf: Buffer, limits: ZipLimits): ZipVerdict {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return { ok: false, reason: 'corrupt', detail: 'no zip central directory' };
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50)
      return { ok: false, reason: 'corrupt', detail: 'broken zip central directory' };
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const declared = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localHeader = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
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
    const data = partData(buf, localHeader, compressed, method, declared);
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
function paragraphCount(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf('<w:p'); at >= 0; at = xml.indexOf('<w:p', at + 4)) {
    const next = xml[at + 4];
    if (
      next === 0x3e /* > */ ||
      next === 0x20 ||
      next === 0x2f /* / */ ||
      next === 0x0a ||
      next === 0x0d ||
      next === 0x09
    )
      count++;
  }
  return count;
}

/**
 * One part's bytes, inflated with an output cap one byte above what it declares: a part that
 * says less than it holds is caught at the cap (returned one byte longer than declared).
 */
function partData(
  buf: Buffer,
  localHeader: number,
  compressed: number,
  method: number,
  declared: number,
): Buffer | undefined {
  if (localHeader + 30 > buf.length || buf.readUInt32LE(localHeader) !== 0x04034b50) return undefined;
  const start = localHeader + 30 + buf.readUInt16LE(localHeader + 26) + buf.readUInt16LE(localHeader + 28);
  const data = buf.subarray(start, start + compressed);
  if (method === 0) return data;
  try {
    return inflateRawSync(data, { maxOutputLength: declared + 1 });
  } catch (e) {
    // Node says ERR_BUFFER_TOO_LARGE when the cap is reached: the part holds more than it declares.
    return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? Buffer.alloc(declared + 1) : undefined;
  }
}

/** The End Of Central Directory record sits in the last 64 KB + 22 bytes (its comment is at most 64 KB). */
function findEndOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
