import type { Assessment } from '../model/assessment.js';
import type { FactValue, ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import { Evaluator } from '../engine/evaluator.js';
import { extractDocument } from '../extract/extract.js';
import { assess } from '../score/assess.js';
import { assertTextLength, type DocumentText } from '../ingest/document-text.js';
import { problem, ProblemError } from '../problems/problem.js';
import { localDay } from '../util/dates.js';
import type { Lang } from '../util/lang.js';
import { extensionOf, typeFor } from './file-types.js';
import { READERS } from './intake.js';
import { MAX_TEXT_CHARS } from './limits.js';
import { setValue, statedValue } from './report-fields.js';

/** A file read for one pack: its text when it is a document, and the report extracted from it. */
export interface Loaded {
  file: string;
  text?: string;
  report: ReportData;
}

/** A hand correction: the value the user gave, or `undefined` for a value they removed. */
export type Corrections = Map<string, FactValue | undefined>;

/** The bytes → report path of `fazhi check`, in the page: read by the file's type, then extracted by the pack. */
export async function loadBytes(bytes: Uint8Array, file: string, pack: Pack): Promise<Loaded> {
  const ext = extensionOf(file);
  const type = typeFor(ext);
  if (!type?.ready) throw new ProblemError([problem('file.unsupported-type', file, { ext, supported: '' })]);
  if (type.reader === 'structured') return { file, report: await READERS.structured(bytes, file, pack) };
  const doc = assertTextLength(await READERS[type.reader](bytes, file, ext), MAX_TEXT_CHARS);
  return { file, text: doc.text, report: withSource(doc, pack) };
}

/** As pipeline/load-report.ts: the extracted data, with how the document was decoded. */
function withSource(doc: DocumentText, pack: Pack): ReportData {
  const report = extractDocument(doc, pack);
  if (doc.encoding)
    report.source = { encoding: doc.encoding, ...(doc.warnings?.length ? { warnings: doc.warnings } : {}) };
  return report;
}

const CORRECTED: Record<Lang, (before: string) => string> = {
  zh: (before) => `手工更正，原值：${before}`,
  en: (before) => `corrected by hand; was: ${before}`,
};
const NOT_STATED: Record<Lang, string> = { zh: '未载明', en: 'not stated' };

/**
 * The report with the user's corrections: a value set or removed, its quote kept with a note
 * that says it was corrected and what it was, and the fact no longer listed as unstated. This is
 * the report the page scores and the YAML it offers, so `fazhi check` of that YAML agrees.
 */
export function corrected(report: ReportData, corrections: Corrections, lang: Lang): ReportData {
  if (corrections.size === 0) return report;
  const out = structuredClone(report);
  for (const [id, value] of corrections) {
    const before = statedValue(report, id);
    setValue(out, id, value, CORRECTED[lang](before === undefined ? NOT_STATED[lang] : String(before)));
    if (out.unstated) out.unstated = out.unstated.filter((u) => u.fact !== id);
    if (out.conflicts) out.conflicts = out.conflicts.filter((c) => c.fact !== id);
  }
  if (out.unstated?.length === 0) delete out.unstated;
  if (out.conflicts?.length === 0) delete out.conflicts;
  return out;
}

const evaluators = new WeakMap<Pack, Evaluator>();

/** The pack's compiled evaluator, made once. */
export function evaluatorFor(pack: Pack): Evaluator {
  let evaluator = evaluators.get(pack);
  if (!evaluator) {
    evaluator = new Evaluator(pack);
    evaluators.set(pack, evaluator);
  }
  return evaluator;
}

/** Scores a report as `fazhi check` does (no waivers or events: those are the assessor's files). */
export async function scoreReport(pack: Pack, report: ReportData, file: string, lang: Lang): Promise<Assessment> {
  const evaluator = evaluatorFor(pack);
  const outcomes = await evaluator.evaluate(report, { explain: false });
  return assess(pack, report, file, outcomes, { asOf: localDay(new Date()), lang });
}
