import type { BatchResult } from '../model/batch.js';
import type { BatchFormatter } from './types.js';

/**
 * `JSON.stringify(value, null, 2)` nested `depth` levels deep: JSON strings hold no raw newline, so re-indenting is
 * safe.
 */
const nested = (value: unknown, depth: number) => {
  const s = JSON.stringify(value, null, 2);
  return depth === 0 ? s : s.replace(/\n/g, `\n${'  '.repeat(depth)}`);
};

/**
 * The bytes of `JSON.stringify(batch, null, 2) + '\n'`, in pieces: one per assessment, so a batch
 * of 100,000 reports never becomes one string. Top-level arrays are written element by element.
 */
export function* batchJsonChunks(batch: BatchResult): Generator<string> {
  const entries = Object.entries(batch).filter(([, v]) => v !== undefined);
  yield '{';
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k]!;
    yield `${k > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      // Each element wrapped twice so JSON.stringify itself indents it 4 deep: re-indenting by hand
      // cost as much again as stringifying. One at a time: runs of 64 were no faster and held 60 MB more.
      yield '[';
      for (let i = 0; i < value.length; i++) {
        const wrapped = JSON.stringify([[value[i]]], null, 2); // "[\n  [\n    …\n  ]\n]"
        // Two pieces, not one template: joined, the ~60 KB string would be copied again to be flat for writing.
        yield i > 0 ? ',\n    ' : '\n    ';
        yield wrapped.slice(10, -6);
      }
      yield '\n  ]';
    } else yield nested(value, 1);
  }
  yield entries.length > 0 ? '\n}\n' : '}\n';
}

/**
 * batch.json: the BatchResult (schemas/batch.schema.json) — ranked assessments, errors, comparisons. Also what
 * --compare reads next year.
 */
export const batchJsonFiles: BatchFormatter = (batch) => [{ name: 'batch.json', chunks: batchJsonChunks(batch) }];
