import { batchJsonFiles } from './batch-json.js';
import { csvFiles } from './csv.js';
import { feedbackFiles } from './feedback.js';
import { htmlFiles, renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import type { BatchFormatter, CheckFormatter, Formatter } from './types.js';
import type { BatchFormat, Format } from './formats.js';
import { xlsxFiles } from './xlsx.js';
import { reviewSheetFiles } from './review-sheet.js';
import { notSubmittedEntries } from './roster-view.js';

/**
 * A card format written once for a whole batch: the ranked reports, each 未报送 roster unit
 * (--roster), then every file that could not be scored — one document, as `check` writes it.
 */
const cardsFile =
  (check: CheckFormatter, name: string): BatchFormatter =>
  (batch, options) => [
    {
      name,
      chunks: [check([...batch.assessments, ...notSubmittedEntries(batch, options.lang), ...batch.errors], options)],
    },
  ];

/**
 * Every output format, by the name `--format` takes: what `fazhi check` prints (`check`) and the
 * files `fazhi batch` writes into --out (`batch`). One map for both commands, so a format is
 * written one way: html is one page for the inputs checked or for a batch; xlsx, csv and batch.json
 * stream their files row by row; md, junit and sarif write for a batch the document `check` prints;
 * feedback writes a folder of .docx documents, one per unit, and review the assessors' 复核表.xlsx (batch only:
 * `check` refuses them).
 * The names are in formats.ts, which the CLI reads without loading any formatter.
 */
export const FORMATTERS = {
  text: { check: renderText },
  json: { check: renderJson, batch: batchJsonFiles },
  md: { check: renderMarkdown, batch: cardsFile(renderMarkdown, 'reports.md') },
  html: { check: renderHtml, batch: htmlFiles },
  junit: { check: renderJunit, batch: cardsFile(renderJunit, 'junit.xml') },
  sarif: { check: renderSarif, batch: cardsFile(renderSarif, 'results.sarif') },
  csv: { batch: csvFiles },
  xlsx: { batch: xlsxFiles },
  feedback: { batch: feedbackFiles },
  review: { batch: reviewSheetFiles },
} satisfies { [F in Format]: { check: CheckFormatter } } & { [F in BatchFormat]: { batch: BatchFormatter } } & Record<
    string,
    Formatter
  >;

export { FORMATS, BATCH_FORMATS, type Format, type BatchFormat } from './formats.js';
export { batchFromAssessments } from './batch-view.js';
export { isInputError } from './types.js';
export { feedbackDocument, FEEDBACK_FOLDER } from './feedback.js';
export type { FeedbackUnit } from './feedback-units.js';
export type { RenderOptions, CheckFormatter, BatchFormatter, Formatter, OutputFile, Entry } from './types.js';
