import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchResult } from '../model/batch.js';
import { streamBatchJson } from '../render/batch-json.js';
import type { StreamedOutput } from '../render/batch-view.js';
import { findingsCsvLines, rosterCsvLines, summaryCsvLines } from '../render/csv.js';
import { batchView } from '../render/batch-view.js';
import { htmlPageChunks } from '../render/html.js';
import { BATCH_RENDERERS, type BatchFormat } from '../render/index.js';
import type { Lang } from '../render/labels.js';
import { streamXlsx } from '../render/xlsx.js';

/** Formats written piece by piece (the same bytes as their BATCH_RENDERERS), so no output is ever one huge string. */
const STREAMED: Partial<Record<BatchFormat, (batch: BatchResult, lang: Lang) => StreamedOutput[]>> = {
  json: (batch) => streamBatchJson(batch),
  csv: (batch, lang) => {
    const view = batchView(batch);
    return [
      { name: 'summary.csv', chunks: summaryCsvLines(view, lang) },
      { name: 'findings.csv', chunks: findingsCsvLines(view, lang) },
      ...(batch.roster ? [{ name: 'roster.csv', chunks: rosterCsvLines(batch, lang) }] : []),
    ];
  },
  html: (batch, lang) => [{ name: 'report.html', chunks: htmlPageChunks(batch, lang) }],
  xlsx: (batch, lang) => streamXlsx(batch, lang),
};

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

/** Writes each format's files into `dir` (created if needed); resolves to the paths written, in format order. */
export async function writeBatchOutputs(batch: BatchResult, formats: BatchFormat[], dir: string, lang: Lang): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const format of formats) {
    const streamed = STREAMED[format];
    if (streamed) {
      for (const out of streamed(batch, lang)) {
        const path = join(dir, out.name);
        if ('chunks' in out) writeChunks(path, out.chunks);
        else await out.write(path);
        written.push(path);
      }
      continue;
    }
    for (const file of await BATCH_RENDERERS[format](batch, { lang, color: false })) {
      const path = join(dir, file.name);
      writeFileSync(path, file.data);
      written.push(path);
    }
  }
  return written;
}
