import { feedbackContent } from './feedback-content.js';
import { feedbackDocx } from './feedback-docx.js';
import { feedbackDocuments, type FeedbackUnit } from './feedback-units.js';
import type { Lang } from './labels.js';
import type { BatchFormatter } from './types.js';

/** The folder of a batch's --out the feedback documents are written into, whatever the language. */
export const FEEDBACK_FOLDER = '反馈意见';

/** One unit's feedback document as .docx bytes. */
export const feedbackDocument = (unit: FeedbackUnit, lang: Lang): Promise<Uint8Array> =>
  feedbackDocx(feedbackContent(unit, lang));

/** Writes `bytes` into `out` and ends it, resolving once the stream has taken them. */
async function writeAll(out: NodeJS.WritableStream, bytes: Promise<Uint8Array>): Promise<void> {
  const data = await bytes;
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(data, () => resolve());
  });
}

/**
 * 反馈意见/<unit>.docx: one document per unit of the roster (未报送 ones included), or without a roster
 * one per scored report (feedback-units.ts). Each is built only when it is written, so a round of
 * 2,000 units holds one document at a time.
 */
export const feedbackFiles: BatchFormatter = (batch, { lang }) =>
  feedbackDocuments(batch).map((doc) => ({
    name: `${FEEDBACK_FOLDER}/${doc.fileName}.docx`,
    bytes: (out) => writeAll(out, feedbackDocument(doc.unit, lang)),
  }));
