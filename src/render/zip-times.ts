/**
 * A zip file with every entry dated 1980-01-01 00:00, the first date a zip can hold. docx's zip
 * library dates each entry at the moment it is written: without this, two runs over the same round
 * write different bytes for the same documents. The dates sit in each entry's local header and its
 * central directory record, outside what the CRC covers, so rewriting them in place is safe.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DOS_1980_01_01 = (1 << 5) | 1; // year 0 (1980), month 1, day 1; the time is 0

export function fixZipTimes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end record is the last 22 bytes unless the zip has a comment, which docx never writes.
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== EOCD) end--;
  if (end < 0) throw new Error('fixZipTimes: not a zip file');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== CENTRAL)
      throw new Error('fixZipTimes: a central directory record is out of place');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, DOS_1980_01_01, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('fixZipTimes: a local header is out of place');
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, DOS_1980_01_01, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
