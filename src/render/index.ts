import { renderBatchJson } from './batch-json.js';
import { renderCsv } from './csv.js';
import { renderHtml, renderHtmlBatch } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';
import { batchFromAssessments } from './batch-view.js';
import type { BatchRenderer, Renderer } from './types.js';
import type { BatchFormat, Format } from './formats.js';
import { renderXlsx } from './xlsx.js';
import { notSubmittedEntries } from './roster-view.js';

/** Every output format of `fazhi check`, by the name `--format` takes. */
export const RENDERERS = {
  text: renderText,
  json: renderJson,
  md: renderMarkdown,
  html: renderHtml,
  junit: renderJunit,
  sarif: renderSarif,
} satisfies Record<Format, Renderer>;

export { FORMATS, BATCH_FORMATS, type Format, type BatchFormat } from './formats.js';

/** A report-card format written once for the whole batch: the ranked reports, each 未报送 roster unit (--roster), then every file that could not be scored. */
const asBatch =
  (render: Renderer, name: string): BatchRenderer =>
  async (batch, options) => [{ name, data: render([...batch.assessments, ...notSubmittedEntries(batch, options.lang), ...batch.errors], options) }];

/** Every output format of `fazhi batch`: each writes one or more files into --out. */
export const BATCH_RENDERERS = {
  xlsx: renderXlsx,
  csv: renderCsv,
  html: renderHtmlBatch,
  json: renderBatchJson,
  junit: asBatch(renderJunit, 'junit.xml'),
  sarif: asBatch(renderSarif, 'results.sarif'),
  md: asBatch(renderMarkdown, 'reports.md'),
} satisfies Record<BatchFormat, BatchRenderer>;
export { batchFromAssessments };
export { isInputError } from './types.js';
export type { RenderOptions, Renderer, BatchRenderer, OutputFile, Entry } from './types.js';
