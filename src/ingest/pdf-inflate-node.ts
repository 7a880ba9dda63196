import { constants, inflateSync } from 'node:zlib';
import type { InflatedSize } from './pdf-guard.js';

/**
 * pdf-guard.ts's measure under Node: zlib, stopped one byte past the cap so a bomb is never inflated
 * whole. A stream cut short is measured for what it holds (a sync flush, not an error), as pdf.js
 * inflates what there is: a truncated bomb is still a bomb, and the page's pako measures it alike.
 */
export const inflatedSizeNode: InflatedSize = (deflated, cap) => {
  try {
    return inflateSync(deflated, { maxOutputLength: cap + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return cap + 1;
    return undefined; // not zlib data, or damaged: pdf.js decides what it makes of it
  }
};
