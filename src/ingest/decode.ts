/**
 * Bytes → text for mainland documents: BOM → strict UTF-8 → UTF-16 (BOM, or the NUL pattern
 * of mostly-ASCII UTF-16) → GB18030 (which also reads GBK and GB2312). Deterministic and
 * nearly free; chardet-style guessing is slower and misreads short Chinese texts.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function decodeText(buf: Uint8Array): DecodedText {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16ByNulPattern(buf);
  if (utf16) return { text: new TextDecoder(utf16).decode(buf), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // not UTF-8: mainland documents are then GB18030/GBK
  }
  return { text: new TextDecoder('gb18030').decode(buf), encoding: 'gb18030' };
}

/** UTF-16 without a BOM: ASCII characters leave a NUL in every other byte. */
function utf16ByNulPattern(buf: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.2 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.2 && oddNul < pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** Bytes no text document has: NULs, or many control characters, or a known binary signature. */
export function looksBinary(buf: Uint8Array): boolean {
  const head = buf.subarray(0, 8);
  const sig = (bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (sig([0x25, 0x50, 0x44, 0x46]) || sig([0x50, 0x4b, 0x03, 0x04]) || sig([0xd0, 0xcf, 0x11, 0xe0]) || sig([0x89, 0x50, 0x4e, 0x47]) || sig([0xff, 0xd8, 0xff]) || sig([0x1f, 0x8b])) {
    return true;
  }
  if (utf16ByNulPattern(buf) || (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return false;
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.05;
}
