import { closeSync, createWriteStream, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { BatchResult } from '../model/batch.js';
import { FORMATTERS, type BatchFormat, type OutputFile } from '../render/index.js';
import type { Lang } from '../util/lang.js';
import type { Pack } from '../pack/compiled-pack.js';
import { fixZipDates } from './zip-dates.js';

/** Text is encoded into this many bytes before each write. */
const WRITE_BYTES = 1 << 20;

/**
 * Writes text pieces as UTF-8, encoded straight into one buffer that is written whenever it is full: no string is
 * joined or copied to be written, and no buffer is allocated per piece (writing a string by itself encodes it into
 * memory allocated for that write, after a pass to measure it). A piece that could not fit in the buffer is written
 * by itself.
 */
function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    const buffer = Buffer.allocUnsafe(WRITE_BYTES);
    let used = 0;
    for (const c of chunks) {
      // a UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4)
      if (c.length * 3 > WRITE_BYTES - used) {
        writeAll(fd, buffer, used);
        used = 0;
        if (c.length * 3 > WRITE_BYTES) {
          writeSync(fd, c);
          continue;
        }
      }
      used += buffer.write(c, used);
    }
    writeAll(fd, buffer, used);
  } finally {
    closeSync(fd);
  }
}

/** The first `length` bytes of `buffer`, however many writes that takes. */
function writeAll(fd: number, buffer: Buffer, length: number): void {
  for (let at = 0; at < length; ) at += writeSync(fd, buffer, at, length - at);
}

/**
 * Writes one output file as it is produced: text through the buffer above, bytes through a file stream (a zip then
 * loses its times of writing).
 */
async function writeOutput(path: string, file: OutputFile): Promise<void> {
  if ('chunks' in file) writeChunks(path, file.chunks);
  else {
    const stream = createWriteStream(path);
    await file.bytes(stream);
    await finished(stream); // every byte on disk before the headers are rewritten
    fixZipDates(path);
  }
}

/**
 * Writes each format's files into `dir` (created if needed); resolves to what was written directly in
 * it, in format order: a file, or once the folder a format writes its files into (反馈意见/). `review`
 * gives the review sheet (复核表.xlsx) each rule's points and --review-all.
 */
export async function writeBatchOutputs(
  batch: BatchResult,
  formats: BatchFormat[],
  dir: string,
  lang: Lang,
  review?: { pack: Pack; all?: boolean },
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written = new Set<string>();
  const options = {
    lang,
    color: false,
    ...(review ? { rulePoints: new Map(review.pack.rules.map((r) => [r.rule.id, r.rule.points])) } : {}),
    ...(review?.all ? { reviewAll: true } : {}),
  };
  for (const format of formats) {
    for (const file of FORMATTERS[format].batch(batch, options)) {
      const path = join(dir, file.name);
      const top = join(dir, file.name.split('/')[0]!);
      if (top !== path && !written.has(top)) mkdirSync(dirname(path), { recursive: true });
      await writeOutput(path, file);
      written.add(top);
    }
  }
  return [...written];
}
