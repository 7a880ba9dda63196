import { closeSync, createWriteStream, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchResult } from '../model/batch.js';
import { FORMATTERS, type BatchFormat, type OutputFile } from '../render/index.js';
import type { Lang } from '../util/lang.js';
import type { Pack } from '../pack/compiled-pack.js';
import { reviewSheetFile } from '../render/review-sheet.js';

/** Writes text pieces through a buffer of about 1 MB. */
function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      if (pending.length > 0) writeSync(fd, pending.join(''));
      pending = [];
      size = 0;
    };
    for (const c of chunks) {
      pending.push(c);
      size += c.length;
      if (size >= 1 << 19) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

/** Writes one output file as it is produced: text through the buffer above, bytes through a file stream. */
async function writeOutput(path: string, file: OutputFile): Promise<void> {
  if ('chunks' in file) writeChunks(path, file.chunks);
  else await file.bytes(createWriteStream(path));
}

/**
 * Writes each format's files into `dir` (created if needed); resolves to the paths written, in format
 * order, then the review sheet (复核表.xlsx) when `review` is given: `fazhi batch --out` always writes it.
 */
export async function writeBatchOutputs(
  batch: BatchResult,
  formats: BatchFormat[],
  dir: string,
  lang: Lang,
  review?: { pack: Pack; all?: boolean },
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const format of formats) {
    for (const file of FORMATTERS[format].batch(batch, { lang, color: false })) {
      const path = join(dir, file.name);
      await writeOutput(path, file);
      written.push(path);
    }
  }
  if (review) {
    const file = reviewSheetFile(batch, review.pack, { lang, ...(review.all ? { all: true } : {}) });
    const path = join(dir, file.name);
    await writeOutput(path, file);
    written.push(path);
  }
  return written;
}
