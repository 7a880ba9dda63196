/**
 * Dates every entry of a zip (an .xlsx, a .docx) 1980-01-01 00:00, the first date a zip can hold.
 * exceljs and docx stamp each entry with the moment it is written: without this, the same round
 * written twice gives different bytes, and fazhi's outputs carry no time unless asked. The dates
 * sit in each entry's local header and central directory record, outside what the CRC covers, so
 * rewriting them in place is safe. The walk reads and writes through `ZipAccess`, so a zip on disk (a
 * streamed workbook, batch/zip-dates.ts) is dated without being held in memory. The feedback .docx
 * writes its entries dated 1980 itself (render/feedback-zip.ts).
 */
export interface ZipAccess {
  size: number;
  read(position: number, length: number): Uint8Array;
  write(position: number, bytes: Uint8Array): void;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** DOS time 0, date (1980 − 1980) << 9 | 1 << 5 | 1, little-endian. */
const TIME_AND_DATE_1980_01_01 = Uint8Array.of(0, 0, 0x21, 0);

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Rewrites every entry's time and date; false (nothing written) when the bytes are not a well-formed zip. */
export function stampZipTimes(zip: ZipAccess): boolean {
  const tailStart = Math.max(0, zip.size - 22 - 0xffff); // the end record: 22 bytes and a comment of ≤ 65,535
  const tail = zip.read(tailStart, zip.size - tailStart);
  let end = tail.length - 22;
  while (end >= 0 && u32(tail, end) !== EOCD) end--;
  if (end < 0) return false;
  const count = u16(tail, end + 10);
  const dirStart = u32(tail, end + 16);
  const dir = zip.read(dirStart, u32(tail, end + 12));
  const headers: number[] = [];
  for (let at = 0, i = 0; i < count; i++) {
    if (at + 46 > dir.length || u32(dir, at) !== CENTRAL) return false;
    const local = u32(dir, at + 42);
    if (local + 30 > zip.size || u32(zip.read(local, 4), 0) !== LOCAL) return false;
    headers.push(dirStart + at + 12, local + 10);
    at += 46 + u16(dir, at + 28) + u16(dir, at + 30) + u16(dir, at + 32);
  }
  for (const at of headers) zip.write(at, TIME_AND_DATE_1980_01_01); // only once the whole zip is known good
  return true;
}
