import { Document, isMap, isSeq, visit } from 'yaml';
import type { Evidence } from '../model/common.js';
import type { ReportData } from '../model/report.js';

/** Keys in the order a reviewer reads them; the rest keep the extractor's (pack) order. */
const TOP = [
  'report',
  'sections',
  'facts',
  'evidence',
  'sectionEvidence',
  'reportEvidence',
  'unstated',
  'conflicts',
] as const;
const META = [
  'authority',
  'region',
  'level',
  'role',
  'year',
  'title',
  'documentType',
  'period',
  'documentDate',
  'submittedOn',
  'publishedOn',
] as const;
const EVIDENCE = ['quote', 'line', 'column', 'offset', 'approximate', 'scope', 'note'] as const;

function ordered<T extends object>(o: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of keys) if ((o as Record<string, unknown>)[k] !== undefined) out[k] = (o as Record<string, unknown>)[k];
  for (const [k, v] of Object.entries(o)) if (!(k in out) && v !== undefined) out[k] = v;
  return out as T;
}

const ev = (e: Evidence): Evidence => ordered(e, EVIDENCE);

/** ReportData with a stable key order (byte-identical output for the same input). */
export function normalizeReport(r: ReportData): ReportData {
  const out = ordered(r, TOP);
  out.report = ordered(r.report, META);
  if (r.evidence)
    out.evidence = Object.fromEntries(
      Object.entries(r.evidence).map(([k, v]) => [k, Array.isArray(v) ? v.map(ev) : ev(v)]),
    );
  if (r.sectionEvidence)
    out.sectionEvidence = Object.fromEntries(Object.entries(r.sectionEvidence).map(([k, v]) => [k, ev(v)]));
  if (r.reportEvidence)
    out.reportEvidence = Object.fromEntries(Object.entries(r.reportEvidence).map(([k, v]) => [k, ev(v)]));
  if (r.conflicts) out.conflicts = r.conflicts.map((c) => ({ ...c, evidence: ev(c.evidence) }));
  return out;
}

/**
 * The structured report as YAML that `fazhi check` accepts unchanged: a schema comment for
 * editors, one evidence entry per line.
 */
export function reportToYaml(r: ReportData, options: { schema: string; source?: string }): string {
  const doc = new Document(normalizeReport(r));
  const header = [`yaml-language-server: $schema=${options.schema}`];
  if (options.source)
    header.push(
      `extracted by fazhi from ${options.source}; review and correct by hand, then run fazhi check on this file`,
    );
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
      if (key === 'sections' && isSeq(pair.value)) pair.value.flow = true;
      if ((key === 'evidence' || key === 'sectionEvidence' || key === 'reportEvidence') && isMap(pair.value)) {
        for (const item of pair.value.items) {
          if (isMap(item.value)) item.value.flow = true;
          if (isSeq(item.value)) for (const e of item.value.items) if (isMap(e)) e.flow = true;
        }
      }
      if ((key === 'unstated' || key === 'conflicts') && isSeq(pair.value)) {
        for (const item of pair.value.items) {
          if (isMap(item)) item.flow = true;
        }
      }
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

export function reportToJson(r: ReportData): string {
  return `${JSON.stringify(normalizeReport(r), null, 2)}\n`;
}
