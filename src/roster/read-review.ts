import type { Status } from '../model/common.js';
import type { ReviewDecision } from '../model/review.js';
import { REVIEW_COLUMNS, REVIEW_DECISION_NAMES, REVIEW_SHEET_NAMES, type ReviewColumn } from '../model/review-names.js';
import { STATUS_NAMES } from '../model/status-names.js';
import type { Lang } from '../problems/messages.js';
import { problem, ProblemError, type Problem } from '../problems/problem.js';
import { readUserBytes } from '../source/read-file.js';
import { baseName } from '../util/base-name.js';
import { cellAddress, isBlank, parseText, shown, type Raw } from './cells.js';
import type { ColumnSpec } from './columns.js';
import { readXlsxSheet } from './read-xlsx.js';
import { dataRows, findHeader, reader } from './table.js';

/** A review sheet is small: 100,000 findings to review are ~10 MB as .xlsx. */
const MAX_REVIEW_BYTES = 50 * 1024 * 1024;

/** One decided row of the review sheet, checked: what the machine said when it was written, and the decision. */
export interface ReviewRow {
  /** the row, as a stale row is listed: `复核表.xlsx:复核!A7` */
  row: string;
  /** the decision's cell, as a reviewed finding cites it: `复核表.xlsx:复核!K7` */
  source: string;
  file: string;
  contentHash: string;
  ruleId: string;
  /** undefined when the cell does not name a status: the row then no longer matches any finding */
  machineStatus?: Status;
  machinePoints?: number;
  decision: ReviewDecision;
  points?: number;
  reason: string;
  reviewer: string;
}

const SPECS: ColumnSpec<ReviewColumn>[] = REVIEW_COLUMNS.map((c) => ({ ...c, also: [], help: { zh: '', en: '' } }));
/** Every column the decision is checked against: the office may add columns, never delete these. */
const NEEDED: ReviewColumn[] = [
  'file',
  'contentHash',
  'ruleId',
  'machineStatus',
  'machinePoints',
  'maxPoints',
  'decision',
  'points',
  'reason',
  'reviewer',
];

const word = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
const DECISIONS = new Map<string, ReviewDecision>(
  (['zh', 'en'] as const).flatMap((l) =>
    Object.entries(REVIEW_DECISION_NAMES[l]).map(([k, v]) => [word(v), k as ReviewDecision] as const),
  ),
);
const STATUSES = new Map<string, Status>(
  (['zh', 'en'] as const).flatMap((l) =>
    Object.entries(STATUS_NAMES[l]).map(([k, v]) => [word(v), k as Status] as const),
  ),
);

const number = (v: Raw | undefined): number | undefined => {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v.normalize('NFKC').trim());
  return Number.isFinite(n) ? n : undefined;
};

/**
 * Reads the assessors' review sheet (复核表.xlsx as `fazhi batch` wrote it, filled in) and checks
 * it whole before anything is scored: every bad cell is one problem at its cell
 * (`复核表.xlsx:复核!M7: …`), all at once, in sheet order. Rows without a decision are skipped;
 * extra columns are tolerated.
 */
export async function loadReviewSheet(file: string, lang: Lang): Promise<ReviewRow[]> {
  const ext = /\.[^./\\]+$/.exec(file)?.[0]?.toLowerCase() ?? '';
  if (ext !== '.xlsx')
    throw new ProblemError([problem('review.unsupported-type', file, { ext: ext || baseName(file) })]);
  const names = [REVIEW_SHEET_NAMES.zh, REVIEW_SHEET_NAMES.en];
  const table = await readXlsxSheet(file, readUserBytes(file, MAX_REVIEW_BYTES), names, 'review.unreadable');
  if (!table) throw new ProblemError([problem('review.no-sheet', file, { sheet: REVIEW_SHEET_NAMES[lang] })]);
  const problems: Problem[] = [];
  const header = findHeader(table, SPECS, 'decision', file, lang, problems);
  if (!header) throw new ProblemError(problems);
  const label = (k: ReviewColumn) => REVIEW_COLUMNS.find((c) => c.key === k)![lang];
  const absent = NEEDED.filter((k) => !header.columns.has(k));
  if (absent.length > 0)
    throw new ProblemError(
      absent.map((k) =>
        problem('review.missing-column', file, { column: label(k) }, { cell: cellAddress(table.sheet, 0, header.row) }),
      ),
    );
  const display = baseName(file.replace(/\\/g, '/'));
  const rows: ReviewRow[] = [];
  const seen = new Map<string, string>();
  for (const row of dataRows(table, header)) {
    const read = readRow(row, file, lang, label, problems);
    if (!read) continue;
    const key = `${read.file}\u0000${read.ruleId}`;
    const other = seen.get(key);
    if (other) problems.push(problem('review.duplicate-row', file, { other }, row.loc('decision')));
    else seen.set(key, cellAddress(table.sheet, 0, row.number));
    const at = (k: ReviewColumn) => `${display}:${(row.loc(k) as { cell: string }).cell}`;
    rows.push({ ...read, row: `${display}:${(row.entry as { cell: string }).cell}`, source: at('decision') });
  }
  if (problems.length > 0) throw new ProblemError(inSheetOrder(problems));
  return rows;
}

/** Row by row, column by column (a row's cells are checked in the order their rules are written). */
function inSheetOrder(problems: Problem[]): Problem[] {
  const key = (p: Problem) => {
    const m = /([A-Z]+)(\d+)$/.exec(p.cell ?? '');
    return m ? Number(m[2]) * 1e4 + [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) : 0;
  };
  return problems
    .map((p) => ({ p, k: key(p) }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.p);
}

/** 复核得分 of a 改判: a number from 0 to the row's 满分, else a problem at its cell. */
function changePoints(row: Row, file: string, problems: Problem[]): number | undefined {
  const max = number(row.cell('maxPoints'));
  const points = number(row.cell('points'));
  if (points !== undefined && points >= 0 && max !== undefined && points <= max) return points;
  const value = isBlank(row.cell('points')) ? '' : shown(row.cell('points')!);
  problems.push(problem('review.bad-points', file, { value, max: max ?? '?' }, row.loc('points')));
  return undefined;
}

type Row = ReturnType<typeof dataRows<ReviewColumn>> extends Generator<infer R> ? R : never;

/**
 * One row's decision checked cell by cell; undefined when it has none, or when a cell is bad (its problem recorded).
 */
function readRow(
  row: Row,
  file: string,
  lang: Lang,
  label: (k: ReviewColumn) => string,
  problems: Problem[],
): Omit<ReviewRow, 'row' | 'source'> | undefined {
  const filled = (k: ReviewColumn) => !isBlank(row.cell(k));
  if (!filled('decision')) {
    if (filled('points') || filled('reason') || filled('reviewer'))
      problems.push(problem('review.no-decision', file, {}, row.loc('decision')));
    return undefined;
  }
  const before = problems.length;
  const text = reader(file, problems);
  const t = (k: ReviewColumn) => text(row.cell(k), row.loc(k), parseText);
  const raw = t('decision');
  const decision = raw === undefined ? undefined : DECISIONS.get(word(raw));
  const words = REVIEW_DECISION_NAMES[lang];
  if (raw !== undefined && !decision)
    problems.push(
      problem(
        'review.bad-decision',
        file,
        { value: raw, allowed: Object.values(words).join(lang === 'zh' ? '、' : ', ') },
        row.loc('decision'),
      ),
    );
  const needed = (k: ReviewColumn) => {
    const v = t(k);
    if (v === undefined && !filled(k))
      problems.push(problem('review.required', file, { column: label(k), decision: raw ?? '' }, row.loc(k)));
    return v;
  };
  const [fileCell, contentHash, ruleId, reason, reviewer] = (
    ['file', 'contentHash', 'ruleId', 'reason', 'reviewer'] as const
  ).map(needed);
  const points = decision === 'change' ? changePoints(row, file, problems) : undefined;
  if (problems.length > before || !decision) return undefined;
  const status =
    typeof row.cell('machineStatus') === 'string' ? STATUSES.get(word(row.cell('machineStatus') as string)) : undefined;
  const machinePoints = number(row.cell('machinePoints'));
  return {
    file: fileCell!,
    contentHash: contentHash!,
    ruleId: ruleId!,
    ...(status ? { machineStatus: status } : {}),
    ...(machinePoints !== undefined ? { machinePoints } : {}),
    decision,
    ...(points !== undefined ? { points } : {}),
    reason: reason!,
    reviewer: reviewer!,
  };
}
