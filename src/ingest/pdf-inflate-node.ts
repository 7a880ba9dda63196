import { inflateSync } from 'node:zlib';
import type { InflatedSize } from './pdf-guard.js';

/** pdf-guard.ts's measure under Node: zlib, stopped one byte past the cap so a bomb is never inflated whole. */
export const inflatedSizeNode: InflatedSize = (deflated, cap) => {
  try {
    return inflateSync(deflated, { maxOutputLength: cap + 1 }).length;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return cap + 1;
    return undefined; // not zlib data, or damaged: pdf.js decides what it makes of it
  }
};
