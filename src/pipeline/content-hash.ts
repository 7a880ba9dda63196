import { createHash } from 'node:crypto';

/**
 * The sha256 of a file's bytes (hex), from the bytes read for scoring — never a second read, which a
 * file changed in between would make describe other content than the findings. A review sheet's row
 * carries it, so a decision written for other content is stale. Here, not in score: node's crypto is
 * not in the browser-safe core.
 */
export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
