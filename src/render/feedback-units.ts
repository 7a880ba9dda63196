import type { Assessment } from '../model/assessment.js';
import type { BatchResult } from '../model/batch.js';
import { baseName } from '../util/base-name.js';
import { safeFileName, uniqueFileNames } from './feedback-names.js';

/**
 * One feedback document: the unit it is addressed to and what the round found for it — its
 * counted report's assessment, or, for a roster unit without one, its status (未报送 with the
 * grade the pack gives; 未评查 when its report could not be scored) and the round's note.
 */
export type FeedbackUnit =
  | { unit: string; status: 'submitted'; assessment: Assessment }
  | { unit: string; status: 'not_submitted'; grade?: string; note: string }
  | { unit: string; status: 'not_scored'; note: string };

/** A document to write: the unit and its file name (without folder or extension), unique in the round. */
export interface FeedbackDocument {
  fileName: string;
  unit: FeedbackUnit;
}

/**
 * With a roster: every unit of the roster, in roster order, each with the report counted for it.
 * Reports that count for no unit (matching none, or several, or a unit's second report) get no
 * document: the round lists them for the office to settle first.
 */
function rosterUnits(batch: BatchResult): FeedbackUnit[] {
  const roster = batch.roster!;
  const counted = new Map<string, Assessment>();
  roster.reports.forEach((r, i) => {
    const a = batch.assessments[i];
    if (r.counted && r.unit && a) counted.set(r.unit, a);
  });
  return roster.units.map((u): FeedbackUnit => {
    const assessment = counted.get(u.unit);
    if (u.status === 'submitted' && assessment) return { unit: u.unit, status: 'submitted', assessment };
    if (u.status === 'not_submitted')
      return { unit: u.unit, status: 'not_submitted', note: u.note, ...(u.grade ? { grade: u.grade } : {}) };
    return { unit: u.unit, status: 'not_scored', note: u.note };
  });
}

/** A report's file name without its folder or extension: what names a report that names no authority. */
const fileStem = (file: string) => baseName(file.replace(/\\/g, '/')).replace(/\.[^.]+$/, '') || baseName(file);

/**
 * The documents of a round. With a roster, one per roster unit (see rosterUnits); without one, one
 * per scored report, named by its authority, else its file name, taken in the order of their paths
 * so that which of two same-named reports gets the plain name never depends on their scores.
 */
export function feedbackDocuments(batch: BatchResult): FeedbackDocument[] {
  const units: FeedbackUnit[] = batch.roster
    ? rosterUnits(batch)
    : [...batch.assessments]
        .sort((x, y) => (x.report.file < y.report.file ? -1 : x.report.file > y.report.file ? 1 : 0))
        .map((a) => ({ unit: a.report.authority ?? fileStem(a.report.file), status: 'submitted', assessment: a }));
  const names = uniqueFileNames(units.map((u) => safeFileName(u.unit, '_')));
  return units.map((unit, i) => ({ fileName: names[i]!, unit }));
}
