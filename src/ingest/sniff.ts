/**
 * What a file really is, by its first bytes. Government sites serve RTF, web pages and PDFs under a
 * .doc name, and a renamed .docx is common; the name says what the writer meant, the bytes what to read.
 */
export type Container = 'ole' | 'zip' | 'pdf' | 'rtf' | 'mht' | 'html' | 'unknown';

/** The OLE compound file signature: Word 97–2003 .doc, WPS .wps, old .xls. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|div|p|table|\?xml[^>]*>\s*<html)[\s>]/i;

export function sniffContainer(bytes: Uint8Array): Container {
  if (OLE.every((b, i) => bytes[i] === b)) return 'ole';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  // Read as latin1 so any bytes decode; the NULs of UTF-16 markup dropped, so <html> reads as such.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const start = head
    .replace(/\0/g, '')
    .replace(/^(?:\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)/, '')
    .trimStart();
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (head.includes('%PDF-')) return 'pdf';
  if (/^MIME-Version:/i.test(start) || /content-type:\s*multipart\/related/i.test(head)) return 'mht';
  if (HTML_START.test(start)) return 'html';
  return 'unknown';
}
