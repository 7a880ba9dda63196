import type { BatchResult } from '../model/batch.js';
import type { StreamedOutput } from './batch-view.js';
import type { BatchRenderer } from './types.js';

/** batch.json: the BatchResult (schemas/batch.schema.json) — ranked assessments, errors, comparisons. Also what --compare reads next year. */
export const renderBatchJson: BatchRenderer = async (batch) => [{ name: 'batch.json', data: JSON.stringify(batch, null, 2) + '\n' }];

/** `JSON.stringify(value, null, 2)` nested `depth` levels deep: JSON strings hold no raw newline, so re-indenting is safe. */
const nested = (value: unknown, depth: number) => {
  const s = JSON.stringify(value, null, 2);
  return depth === 0 ? s : s.replace(/\n/g, '\n' + '  '.repeat(depth));
};

/**
 * The same bytes as renderBatchJson, in pieces: one per assessment, so a batch of 100,000
 * reports never becomes one string. Top-level arrays are written element by element.
 */
export function* batchJsonChunks(batch: BatchResult): Generator<string> {
  const entries = Object.entries(batch).filter(([, v]) => v !== undefined);
  yield '{';
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k]!;
    yield `${k > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (let i = 0; i < value.length; i++) yield `${i > 0 ? ',' : ''}\n    ${nested(value[i] === undefined ? null : value[i], 2)}`;
      yield '\n  ]';
    } else yield nested(value, 1);
  }
  yield entries.length > 0 ? '\n}\n' : '}\n';
}

export const streamBatchJson = (batch: BatchResult): StreamedOutput[] => [{ name: 'batch.json', chunks: batchJsonChunks(batch) }];
