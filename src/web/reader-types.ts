import type { ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import type { DocumentText } from '../ingest/document-text.js';

/** A document's bytes → its text, which the pack's cues are then extracted from (as `fazhi check` does). */
export type DocumentReader = (bytes: Uint8Array, file: string, ext: string) => Promise<DocumentText>;
/** A structured report's bytes → the report itself, checked against the pack. */
export type StructuredReader = (bytes: Uint8Array, file: string, pack: Pack) => Promise<ReportData>;
