/**
 * The encodings a document is read in: UTF-8, UTF-16 in either byte order, GB18030 (which also reads GBK and
 * GB2312).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const decoders = new Map<string, TextDecoder>();
export function decode(encoding: TextEncodingName, bytes: Uint8Array): string {
  let d = decoders.get(encoding);
  // ignoreBOM: the BOM, if any, was handled (and stripped) by decodeText
  if (!d) decoders.set(encoding, (d = new TextDecoder(encoding, { ignoreBOM: true })));
  return d.decode(bytes);
}
