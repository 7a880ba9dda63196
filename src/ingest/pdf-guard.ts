/**
 * A PDF's compressed streams judged before pdf.js inflates them: the page content, fonts and object
 * streams it decodes to read text sit in memory whole, so one stream of spaces deflated 1000:1 (400 KB
 * on disk, 400 MB inflated) costs 900 MB and seconds. As with a .docx (zip-guard.ts), a stream may
 * inflate to `maxStreamBytes`, and one over 1 MB at most `maxRatio` times its compressed size. Images
 * are not judged: extracting text never decodes them, and a scan's pages are large by nature.
 */

/**
 * Inflates `deflated` (zlib) up to `cap` bytes: its size, `cap + 1` when it is larger, undefined when it is no
 * zlib data.
 */
export type InflatedSize = (deflated: Uint8Array, cap: number) => number | undefined;

export interface StreamLimits {
  maxStreamBytes: number;
  maxRatio: number;
}

export type StreamVerdict =
  | { ok: true }
  | { ok: false; reason: 'too-large'; object: string; size: number; limit: number }
  | { ok: false; reason: 'ratio'; object: string; ratio: number; limit: number };

/** Ratio judged only for streams that inflate past this: small streams compress oddly well. */
const RATIO_FLOOR = 1024 * 1024;

export function judgePdfStreams(bytes: Uint8Array, inflatedSize: InflatedSize, limits: StreamLimits): StreamVerdict {
  const text = new TextDecoder('latin1').decode(bytes);
  const keyword = /\bstream(?:\r\n|\n|\r)/g;
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const objAt = text.lastIndexOf(' obj', m.index);
    const head = text.slice(objAt < 0 || m.index - objAt > 4096 ? Math.max(0, m.index - 512) : objAt - 12, m.index);
    keyword.lastIndex = end;
    if (!/\/FlateDecode/.test(head) || /\/Subtype\s*\/Image/.test(head)) continue;
    const verdict = judgeOne(bytes.subarray(start, end), inflatedSize, limits, objectName(head));
    if (!verdict.ok) return verdict;
  }
  return { ok: true };
}

function judgeOne(data: Uint8Array, inflatedSize: InflatedSize, limits: StreamLimits, object: string): StreamVerdict {
  const size = inflatedSize(data, limits.maxStreamBytes);
  if (size === undefined) return { ok: true }; // not zlib (or encrypted): pdf.js decides
  if (size > limits.maxStreamBytes)
    return { ok: false, reason: 'too-large', object, size, limit: limits.maxStreamBytes };
  const ratio = Math.round(size / Math.max(1, data.length));
  if (size > RATIO_FLOOR && ratio > limits.maxRatio)
    return { ok: false, reason: 'ratio', object, ratio, limit: limits.maxRatio };
  return { ok: true };
}

/** `4 0 obj` → 对象 4, as a person can find it in the file. */
function objectName(head: string): string {
  const m = /(\d+)\s+\d+\s+obj\b[\s\S]*$/.exec(head);
  return m ? `PDF 对象 ${m[1]}` : 'PDF 数据流';
}
