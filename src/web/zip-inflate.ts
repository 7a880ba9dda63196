import { Inflate } from 'pako';
import type { CappedInflate } from '../ingest/zip-judge.js';

/** Stops pako at the cap: thrown from its output callback, so no more than the cap is ever held. */
class OverCap extends Error {}

/**
 * The page's inflater for the zip judge (ingest/zip-judge.ts): pako, synchronous like node's
 * zlib, with a hard output cap, so a .docx whose parts inflate past their limits is refused
 * before mammoth inflates it whole.
 */
export const pakoInflate: CappedInflate = (data, cap) => {
  const inflater = new Inflate({ raw: true, chunkSize: 64 * 1024 });
  const chunks: Uint8Array[] = [];
  let size = 0;
  inflater.onData = (chunk) => {
    size += chunk.length;
    if (size > cap) throw new OverCap();
    chunks.push(chunk);
  };
  try {
    inflater.push(data, true);
  } catch (e) {
    if (e instanceof OverCap) return 'over-cap';
    return undefined;
  }
  if (inflater.err) return undefined;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
