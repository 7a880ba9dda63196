import type { BatchRenderer } from './types.js';

/** batch.json: the BatchResult (schemas/batch.schema.json) — ranked assessments, errors, comparisons. Also what --compare reads next year. */
export const renderBatchJson: BatchRenderer = async (batch) => [{ name: 'batch.json', data: JSON.stringify(batch, null, 2) + '\n' }];
