import { PassThrough } from 'node:stream';
import type { BatchResult } from '../../src/model/batch.js';
import { FORMATTERS, type BatchFormat, type OutputFile, type RenderOptions } from '../../src/render/index.js';

/** A file a batch format writes, as the bytes it has on disk (`fazhi batch` writes the same pieces into a file). */
export async function outputBytes(file: OutputFile): Promise<Buffer> {
  if ('chunks' in file) return Buffer.from([...file.chunks].join(''));
  const sink = new PassThrough();
  const parts: Buffer[] = [];
  sink.on('data', (b: Buffer) => parts.push(b));
  const ended = new Promise((resolve) => sink.on('end', resolve));
  await file.bytes(sink);
  await ended;
  return Buffer.concat(parts);
}

/** Every file of one batch format, in memory: its name and bytes. */
export async function batchFiles(
  format: BatchFormat,
  batch: BatchResult,
  options: RenderOptions,
): Promise<{ name: string; data: Buffer }[]> {
  const files: { name: string; data: Buffer }[] = [];
  for (const file of FORMATTERS[format].batch(batch, options))
    files.push({ name: file.name, data: await outputBytes(file) });
  return files;
}
