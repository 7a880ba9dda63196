import { extname } from 'node:path';
import type { ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import { extractDocument } from '../extract/extract.js';
import { problem, ProblemError } from '../problems/problem.js';
import { DOCUMENT_EXTENSIONS, readDocument, type DocumentText } from '../ingest/document.js';
import { assertFile } from '../source/read-file.js';
import { DEFAULT_LIMITS, type InputLimits } from '../source/limits.js';
import { STRUCTURED_EXTENSIONS } from '../ingest/structured-extensions.js';

export const SUPPORTED_EXTENSIONS = [...STRUCTURED_EXTENSIONS, ...DOCUMENT_EXTENSIONS];

/**
 * The file → report path: any input fazhi can score, read into ReportData; one clear problem for anything else.
 * Documents (.txt .md .html .htm .docx .doc .wps .pdf) are ingested and extracted by the pack's cues.
 * `onBytes` sees the file's bytes as they were read for scoring (a batch hashes them for the review sheet).
 */
export async function loadReport(
  file: string,
  pack: Pack,
  limits: InputLimits = DEFAULT_LIMITS,
  onBytes?: (bytes: Uint8Array) => void,
): Promise<ReportData> {
  const ext = extname(file).toLowerCase();
  // the YAML parsers, the schema check and the report model load with the first structured report
  if (STRUCTURED_EXTENSIONS.includes(ext))
    return (await import('../ingest/structured-report.js')).loadStructuredReport(
      file,
      pack,
      limits.maxStructuredBytes,
      onBytes,
    );
  if (DOCUMENT_EXTENSIONS.includes(ext)) return withSource(await readDocument(file, limits, onBytes), pack);
  // A missing path or a folder is named as such before its extension is judged. Readable types are not
  // checked first: their reading opens the file once and refuses the same things (source/read-file.ts).
  assertFile(file);
  throw unsupported(file, ext);
}

/** The extracted data, with how the document was read (its encoding, what decoding tolerated) for the assessment. */
function withSource(doc: DocumentText, pack: Pack): ReportData {
  const report = extractDocument(doc, pack);
  if (doc.encoding)
    report.source = { encoding: doc.encoding, ...(doc.warnings?.length ? { warnings: doc.warnings } : {}) };
  return report;
}

function unsupported(file: string, ext: string): ProblemError {
  return new ProblemError([
    problem('file.unsupported-type', file, { ext: ext || '(none)', supported: SUPPORTED_EXTENSIONS.join(' ') }),
  ]);
}
