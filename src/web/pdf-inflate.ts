import { Inflate } from 'pako';
import type { InflatedSize } from '../ingest/pdf-guard.js';

/** Stops pako at the cap: thrown from its output callback, so no more than the cap is ever inflated. */
class OverCap extends Error {}

/**
 * pdf-guard.ts's measure in the page, as zlib is in node (ingest/pdf-inflate-node.ts): pako over
 * the stream's zlib data, counting, never keeping, what it inflates, and stopping one byte past the cap.
 */
export const pakoInflatedSize: InflatedSize = (deflated, cap) => {
  const inflater = new Inflate({ chunkSize: 64 * 1024 });
  let size = 0;
  inflater.onData = (chunk) => {
    size += chunk.length;
    if (size > cap) throw new OverCap();
  };
  try {
    inflater.push(deflated, true);
  } catch (e) {
    if (e instanceof OverCap) return cap + 1;
    return undefined;
  }
  // not zlib data, or damaged: pdf.js decides what it makes of it
  return inflater.err ? undefined : size;
};
