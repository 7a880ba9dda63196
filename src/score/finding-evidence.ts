import type { Assessment, Finding } from '../model/assessment.js';
import type { Evidence } from '../model/common.js';
import type { ReportData } from '../model/report.js';
import type { CompiledRule } from '../pack/compiled-pack.js';
import { problemMessage } from '../problems/messages.js';
import type { Lang } from '../util/lang.js';

// What a finding quotes and how its report was read: the report's side of a finding, apart from its scoring.

/** The quotes behind a rule's finding: each fact's evidence, then the metadata and sections the rule reads. */
export function evidenceFor(compiled: CompiledRule, report: ReportData, facts: string[]): Finding['evidence'] {
  const out: NonNullable<Finding['evidence']> = [];
  for (const fact of facts) {
    const e = report.evidence?.[fact];
    if (e === undefined) continue;
    for (const item of Array.isArray(e) ? e : [e]) out.push({ fact, ...item });
  }
  // Metadata a rule reads (document type, period, dates) quotes where it was read.
  for (const field of compiled.metaFields) {
    const e = report.reportEvidence?.[field];
    if (e) out.push({ fact: `report.${field}`, ...e });
  }
  for (const section of compiled.sections) {
    const e: Evidence | undefined = report.sectionEvidence?.[section];
    if (e) out.push({ fact: `sections.${section}`, ...e });
  }
  return out.length > 0 ? out : undefined;
}

/**
 * For a report extracted from a document: the cue words searched for the missing facts, so a bureau knows what to
 * write.
 */
export function lookedFor(report: ReportData, missing: string[]): string[] | undefined {
  if (!report.unstated) return undefined;
  const words = new Set<string>();
  for (const u of report.unstated) if (missing.includes(u.fact)) for (const w of u.lookedFor) words.add(w);
  return words.size > 0 ? [...words] : undefined;
}

/** How the document was read: its encoding, and what decoding tolerated in the output language. */
export function howRead(report: ReportData, lang: Lang = 'zh'): Pick<Assessment['report'], 'encoding' | 'warnings'> {
  const { encoding, warnings } = report.source ?? {};
  return {
    ...(encoding ? { encoding } : {}),
    ...(warnings?.length ? { warnings: warnings.map((w) => problemMessage(w.code, w.params, lang)) } : {}),
  };
}
