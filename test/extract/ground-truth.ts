import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Evidence } from '../../src/model/common.js';
import type { ReportData } from '../../src/model/report.js';

/** One field of a ground-truth file compared with the extractor's output. */
export interface FieldCheck {
  field: string;
  expected: unknown;
  actual: unknown;
  ok: boolean;
}

export function readTruth(file: string): ReportData {
  return parse(readFileSync(file, 'utf8')) as ReportData;
}

const asList = (e: Evidence | Evidence[] | undefined): Evidence[] => (e === undefined ? [] : Array.isArray(e) ? e : [e]);
const norm = (s: string) => s.replace(/\s+/g, '').replace(/[,，]/g, '，').replace(/[(（]/g, '（').replace(/[)）]/g, '）');

/** The extracted quote holds the ground-truth quote (a minimal clause) on the same line. */
function evidenceMatches(expected: Evidence | Evidence[] | undefined, actual: Evidence | Evidence[] | undefined): boolean {
  const want = asList(expected);
  const got = asList(actual);
  return want.every((w) => got.some((g) => g.line === w.line && (norm(g.quote).includes(norm(w.quote)) || norm(w.quote).includes(norm(g.quote)))));
}

/**
 * Every field the ground truth states: report metadata, sections (as a set and in order),
 * each fact value, each fact's evidence, each section's heading; plus facts the truth does
 * not record must not be extracted.
 */
export function compareWithTruth(truth: ReportData, actual: ReportData): FieldCheck[] {
  const checks: FieldCheck[] = [];
  const add = (field: string, expected: unknown, got: unknown, ok = JSON.stringify(expected) === JSON.stringify(got)) =>
    checks.push({ field, expected, actual: got, ok });
  const metaKeys = new Set([...Object.keys(truth.report), ...Object.keys(actual.report)]);
  for (const k of [...metaKeys].sort()) {
    add(`report.${k}`, (truth.report as Record<string, unknown>)[k], (actual.report as Record<string, unknown>)[k]);
  }
  add('sections (set)', [...truth.sections].sort(), [...actual.sections].sort());
  add('sections (order)', truth.sections, actual.sections);
  for (const [kind, ev] of Object.entries(truth.sectionEvidence ?? {})) {
    const got = actual.sectionEvidence?.[kind];
    add(`sectionEvidence.${kind}`, ev, got, evidenceMatches(ev, got));
  }
  const factIds = new Set([...Object.keys(truth.facts), ...Object.keys(actual.facts)]);
  for (const id of [...factIds].sort()) {
    add(`facts.${id}`, truth.facts[id], actual.facts[id]);
    const ev = truth.evidence?.[id];
    if (ev) add(`evidence.${id}`, ev, actual.evidence?.[id], evidenceMatches(ev, actual.evidence?.[id]));
  }
  return checks;
}
