import type ExcelJS from 'exceljs';
import type { Assessment, Finding } from '../model/assessment.js';
import type { BatchResult } from '../model/batch.js';
import { REVIEW_COLUMNS, REVIEW_DECISION_NAMES, REVIEW_FILE, REVIEW_SHEET_NAMES } from '../model/review-names.js';
import { columnLetters } from '../util/columns.js';
import { decisionLabel, listSep, statusLabel, type Lang } from './labels.js';
import type { BatchFormatter, OutputFile } from './types.js';
import { writeWorkbook } from './xlsx.js';
import type { Cell, Column, Sheet } from './xlsx-sheets.js';

export interface ReviewSheetOptions {
  lang: Lang;
  /** every finding, passes too (--review-all); by default what the machine did not pass */
  all?: boolean;
  /** each rule's points in the pack (满分); without them a finding's points at stake */
  rulePoints?: ReadonlyMap<string, number>;
}

/** The machine's status and points of a finding: a reviewed one keeps them in `review`. */
const machineOf = (f: Finding) => ({
  status: f.review?.machineStatus ?? f.status,
  points: f.review?.machinePoints ?? f.points,
});

const WIDTHS: Partial<Record<(typeof REVIEW_COLUMNS)[number]['key'], number>> = {
  contentHash: 16,
  title: 30,
  quote: 50,
  message: 50,
  reason: 40,
};

/**
 * 复核表.xlsx: one row per finding to review — file by file in code-point order, findings in pack
 * order, so the same batch writes the same rows whatever its ranking — with what the machine
 * found and four empty columns the assessors fill in (复核结论 from a drop-down list). A finding
 * already reviewed (--review) carries its decision, so the sheet goes round again unchanged.
 */
export function reviewSheetFile(batch: BatchResult, options: ReviewSheetOptions): OutputFile {
  const { lang } = options;
  const roster = batch.roster !== undefined;
  const keys = REVIEW_COLUMNS.filter((c) => roster || c.key !== 'unit');
  const columns: Column[] = keys.map((c) => ({
    header: c[lang],
    ...(c.key === 'machinePoints' || c.key === 'maxPoints' || c.key === 'points' ? { numFmt: '0.##' } : {}),
    ...(WIDTHS[c.key] ? { maxWidth: WIDTHS[c.key] } : {}),
  }));
  const units = new Map((batch.roster?.reports ?? []).map((r) => [r.file, r.unit]));
  const points = options.rulePoints ?? new Map<string, number>();
  const assessments = [...batch.assessments].sort((a, b) =>
    a.report.file < b.report.file ? -1 : a.report.file > b.report.file ? 1 : 0,
  );
  const row = rowOf(lang, keys, units, points);
  function* rows(): Generator<Cell[]> {
    for (const a of assessments)
      for (const f of a.findings) if (options.all || machineOf(f).status !== 'pass') yield row(a, f);
  }
  const decision = columnLetters(keys.findIndex((k) => k.key === 'decision'));
  const list = Object.values(REVIEW_DECISION_NAMES[lang]).join(',');
  const sheet: Sheet = {
    name: REVIEW_SHEET_NAMES[lang],
    columns,
    rows,
    finish: (ws: ExcelJS.Worksheet, count: number) => {
      if (count === 0) return;
      // exceljs keeps a sheet's validations here; its types do not declare the property
      (
        ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${decision}2:${decision}${count + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list}"`],
        showErrorMessage: true,
        error: Object.values(REVIEW_DECISION_NAMES[lang]).join(listSep(lang)),
      });
    },
  };
  return { name: REVIEW_FILE, bytes: (out) => writeWorkbook([sheet], lang, out) };
}

type Key = (typeof REVIEW_COLUMNS)[number]['key'];

/** A finding's row: what the machine found, and the decision when a review already took one. */
const rowOf =
  (lang: Lang, keys: { key: Key }[], units: Map<string, string | undefined>, points: ReadonlyMap<string, number>) =>
  (a: Assessment, f: Finding): Cell[] => {
    const m = machineOf(f);
    const r = f.review;
    const cells: Record<Key, Cell> = {
      unit: units.get(a.report.file),
      file: a.report.file,
      contentHash: a.report.contentHash,
      ruleId: f.ruleId,
      title: f.title,
      machineStatus: statusLabel(lang, m.status),
      machinePoints: m.points,
      maxPoints: points.get(f.ruleId) ?? f.maxPoints,
      quote: f.evidence?.[0]?.quote,
      message: f.message,
      decision: r ? decisionLabel(lang, r.decision) : undefined,
      points: r?.decision === 'change' ? f.points : undefined,
      reason: r?.reason,
      reviewer: r?.reviewer,
    };
    return keys.map((k) => cells[k.key]);
  };

/** `--format review` (in batch's default formats): 复核表.xlsx, the sheet the assessors fill in. */
export const reviewSheetFiles: BatchFormatter = (batch, { lang, rulePoints, reviewAll }) => [
  reviewSheetFile(batch, { lang, ...(reviewAll ? { all: true } : {}), ...(rulePoints ? { rulePoints } : {}) }),
];
