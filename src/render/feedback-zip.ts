/**
 * The zip of a feedback .docx, written here rather than by fflate's zipSync so that the parts all
 * documents share are deflated once per run, not once per document (that was two thirds of the
 * zipping). An entry is deflated (method 8) by the deflate it is given — fflate's, loaded with docx
 * — and dated 1980-01-01 00:00 like every zip fazhi writes (util/zip-times.ts): the same document,
 * the same bytes. Names are ASCII; no zip64: a feedback document is a few hundred kilobytes.
 */
export interface ZipEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** One part, deflated: the shared parts once in the template, a document's own two for each document. */
export const zipEntry = (path: string, bytes: Uint8Array, deflate: (b: Uint8Array) => Uint8Array): ZipEntry => ({
  name: new TextEncoder().encode(path),
  crc: crc32(bytes),
  size: bytes.length,
  data: deflate(bytes),
});

const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1; // 1980-01-01: (year − 1980) << 9 | month << 5 | day

/** The fields a local header and a central directory record share, from "version needed" to the name's length. */
function common(v: DataView, at: number, e: ZipEntry): void {
  v.setUint16(at, 20, true); // version needed: 2.0, deflate
  v.setUint16(at + 2, 0, true); // flags
  v.setUint16(at + 4, 8, true); // method: deflate
  v.setUint16(at + 6, DOS_TIME, true);
  v.setUint16(at + 8, DOS_DATE, true);
  v.setUint32(at + 10, e.crc, true);
  v.setUint32(at + 14, e.data.length, true);
  v.setUint32(at + 18, e.size, true);
  v.setUint16(at + 22, e.name.length, true);
}

/** The zip of the entries in their order: local headers and data, the central directory, its end record. */
export function zipBytes(entries: ZipEntry[]): Uint8Array {
  const localSize = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  const dirSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(localSize + dirSize + 22);
  const v = new DataView(out.buffer);
  let at = 0;
  let dir = localSize;
  for (const e of entries) {
    v.setUint32(at, 0x04034b50, true);
    common(v, at + 4, e); // extra field length (at + 28) stays 0
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    v.setUint32(dir, 0x02014b50, true);
    v.setUint16(dir + 4, 20, true); // version made by: 2.0, MS-DOS
    common(v, dir + 6, e); // extra, comment, disk, attributes stay 0
    v.setUint32(dir + 42, at, true);
    out.set(e.name, dir + 46);
    at += 30 + e.name.length + e.data.length;
    dir += 46 + e.name.length;
  }
  v.setUint32(dir, 0x06054b50, true);
  v.setUint16(dir + 8, entries.length, true);
  v.setUint16(dir + 10, entries.length, true);
  v.setUint32(dir + 12, dirSize, true);
  v.setUint32(dir + 16, localSize, true);
  return out;
}
