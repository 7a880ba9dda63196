import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { stampZipTimes } from '../util/zip-times.js';

/**
 * A zip file on disk dated 1980-01-01 (util/zip-times.ts says why), in place after it is written:
 * only its end and central directory are read and four bytes per header rewritten, so a streamed
 * workbook never has to sit in memory whole. A file that is not a well-formed zip is left as it is.
 */
export function fixZipDates(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    stampZipTimes({
      size: fstatSync(fd).size,
      read: (position, length) => {
        const buf = Buffer.alloc(length);
        return buf.subarray(0, readSync(fd, buf, 0, length, position));
      },
      write: (position, bytes) => void writeSync(fd, bytes, 0, bytes.length, position),
    });
  } finally {
    closeSync(fd);
  }
}
