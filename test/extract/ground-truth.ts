import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Evidence } from '../../src/model/common.js';
import type { ReportData } from '../../src/model/report.js';
import { TextIndex } from '../../src/extract/text-index.js';

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

const asList = (e: Evidence | Evidence[] | undefined): Evidence[] =>
  e === undefined ? [] : Array.isArray(e) ? e : [e];
const norm = (s: string) =>
  s.replace(/\s+/g, '').replace(/[,，]/g, '，').replace(/[(（]/g, '（').replace(/[)）]/g, '）');

/**
 * The extracted evidence points at the ground truth's statement: on the same line, its quote
 * holds the truth's minimal clause, or (when the text states the fact twice in one sentence)
 * it lies in the same sentence.
 */
function evidenceMatches(
  expected: Evidence | Evidence[] | undefined,
  actual: Evidence | Evidence[] | undefined,
  index?: TextIndex,
): boolean {
  const want = asList(expected);
  const got = asList(actual);
  const sameSentence = (w: Evidence, g: Evidence) => {
    if (!index || g.offset === undefined || w.column === undefined) return false;
    const lineStart = g.offset - (g.column! - 1);
    const wAt = lineStart + w.column - 1;
    const [s, e] = index.sentence(wAt);
    return g.offset >= s && g.offset < e;
  };
  return want.every((w) =>
    got.some(
      (g) =>
        g.line === w.line &&
        (norm(g.quote).includes(norm(w.quote)) || norm(w.quote).includes(norm(g.quote)) || sameSentence(w, g)),
    ),
  );
}

/**
 * Every field the ground truth states: report metadata and its evidence, sections (as a set and in order),
 * each fact value, each fact's evidence, each section's heading; plus facts the truth does
 * not record must not be extracted.
 */
export function compareWithTruth(truth: ReportData, actual: ReportData, text?: string): FieldCheck[] {
  const index = text === undefined ? undefined : new TextIndex(text);
  const checks: FieldCheck[] = [];
  const add = (field: string, expected: unknown, got: unknown, ok = JSON.stringify(expected) === JSON.stringify(got)) =>
    checks.push({ field, expected, actual: got, ok });
  const metaKeys = new Set([...Object.keys(truth.report), ...Object.keys(actual.report)]);
  for (const k of [...metaKeys].sort()) {
    add(`report.${k}`, (truth.report as Record<string, unknown>)[k], (actual.report as Record<string, unknown>)[k]);
  }
  // metadata evidence: quoted on the right line, with the truth's note when it gives one
  for (const [k, ev] of Object.entries(truth.reportEvidence ?? {})) {
    const got = actual.reportEvidence?.[k];
    add(
      `reportEvidence.${k}`,
      ev,
      got,
      evidenceMatches(ev, got, index) && (ev.note === undefined || ev.note === got?.note),
    );
  }
  add('sections (set)', [...truth.sections].sort(), [...actual.sections].sort());
  add('sections (order)', truth.sections, actual.sections);
  for (const [kind, ev] of Object.entries(truth.sectionEvidence ?? {})) {
    const got = actual.sectionEvidence?.[kind];
    add(`sectionEvidence.${kind}`, ev, got, evidenceMatches(ev, got, index));
  }
  const factIds = new Set([...Object.keys(truth.facts), ...Object.keys(actual.facts)]);
  for (const id of [...factIds].sort()) {
    add(`facts.${id}`, truth.facts[id], actual.facts[id]);
    const ev = truth.evidence?.[id];
    if (ev) add(`evidence.${id}`, ev, actual.evidence?.[id], evidenceMatches(ev, actual.evidence?.[id], index));
  }
  return checks;
}
