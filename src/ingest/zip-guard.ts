import { inflateRawSync } from 'node:zlib';
import { judgeZipWith, type CappedInflate, type ZipLimits, type ZipVerdict } from './zip-judge.js';

export type { ZipLimits, ZipVerdict } from './zip-judge.js';

/** zlib with a hard output cap: node says ERR_BUFFER_TOO_LARGE when the cap is reached. */
const zlibInflate: CappedInflate = (data, cap) => {
  try {
    return inflateRawSync(data, { maxOutputLength: cap });
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'over-cap' : undefined;
  }
};

/** A zip (.docx, .xlsx) judged before it is inflated: zip-judge.ts says how. */
export function judgeZip(buf: Uint8Array, limits: ZipLimits): ZipVerdict {
  return judgeZipWith(buf, limits, zlibInflate);
}
