import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Sets every entry's modification time in a zip file (an .xlsx, a .docx) to 1980-01-01 00:00,
 * the zip format's earliest date. exceljs and docx stamp each entry with the time of writing, so
 * the same batch written twice gave different bytes; fazhi's outputs carry no timestamp unless
 * asked. Done in place after the file is written — only the central directory is read, and the
 * four bytes of each header rewritten — so a streamed workbook never has to sit in memory whole.
 * A file that is not a well-formed zip is left as it is.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DOS_TIME_AND_DATE_1980_01_01 = Buffer.from([0, 0, 0x21, 0]);

export function fixZipDates(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const tail = read(fd, Math.max(0, size - 22 - 0xffff), Math.min(size, 22 + 0xffff));
    const end = endRecord(tail);
    if (end < 0) return;
    const count = tail.readUInt16LE(end + 10);
    const dirSize = tail.readUInt32LE(end + 12);
    const dirStart = tail.readUInt32LE(end + 16);
    if (dirStart + dirSize > size) return;
    const dir = read(fd, dirStart, dirSize);
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL) return;
      writeSync(fd, DOS_TIME_AND_DATE_1980_01_01, 0, 4, dirStart + at + 12);
      const local = dir.readUInt32LE(at + 42);
      if (local + 30 <= size && read(fd, local, 4).readUInt32LE(0) === LOCAL) {
        writeSync(fd, DOS_TIME_AND_DATE_1980_01_01, 0, 4, local + 10);
      }
      at += 46 + dir.readUInt16LE(at + 28) + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
    }
  } finally {
    closeSync(fd);
  }
}

function read(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return n === length ? buf : buf.subarray(0, n);
}

/** The end-of-central-directory record: 22 bytes plus a comment of at most 65,535. */
function endRecord(tail: Buffer): number {
  for (let at = tail.length - 22; at >= 0; at--) if (tail.readUInt32LE(at) === EOCD) return at;
  return -1;
}
