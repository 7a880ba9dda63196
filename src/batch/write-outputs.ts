import { closeSync, createWriteStream, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { BatchResult } from '../model/batch.js';
import { FORMATTERS, type BatchFormat, type OutputFile } from '../render/index.js';
import type { Lang } from '../util/lang.js';
import type { Pack } from '../pack/compiled-pack.js';
import { fixZipDates } from './zip-dates.js';

/** A piece this long is written as it is: joining it into a bigger string first only copies it again. */
const WRITE_AS_IS = 1 << 14;
/** Small pieces (CSV rows, table cells) are joined up to about this many characters per write. */
const JOIN_UP_TO = 1 << 16;

/**
 * Writes text pieces: small ones joined into one write, large ones (an assessment's JSON, ~30 KB)
 * written directly — joining those into 512 KB strings cost about a tenth of a text batch's time.
 */
function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      if (pending.length > 0) writeSync(fd, pending.length === 1 ? pending[0]! : pending.join(''));
      pending = [];
      size = 0;
    };
    for (const c of chunks) {
      if (c.length >= WRITE_AS_IS) {
        flush();
        writeSync(fd, c);
        continue;
      }
      pending.push(c);
      size += c.length;
      if (size >= JOIN_UP_TO) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
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
