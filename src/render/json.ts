import { inputErrorJson } from './input-errors.js';
import { isInputError, type CheckFormatter } from './types.js';

/**
 * `check --format json` (schemas/check.schema.json): one entry per input, in the order given — the
 * Assessment, or for a file that could not be scored `{ file, error, message, problems }`. One
 * input gives one object, as it always has; several give an array, even when some of them failed.
 */
export const renderJson: CheckFormatter = (entries) => {
  const json = entries.map((e) => (isInputError(e) ? inputErrorJson(e) : e));
  return `${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`;
};
