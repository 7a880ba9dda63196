import type ExcelJS from 'exceljs';
import type { BatchResult } from '../model/batch.js';
import type { RosterUnitEntry } from '../model/roster.js';
import {
  batchView,
  findingDetailCells,
  listedStatus,
  nonPassing,
  roleCell,
  type BatchView,
  type SummaryRow,
} from './batch-view.js';
import { col, reviewWord, severityLabel, sheetText, type Lang } from './labels.js';
import { deadlineCells, reportUnitCell, rosterCheckRows, rosterWord, unitRoleCell } from './roster-view.js';

// What summary.xlsx holds, sheet by sheet: each sheet's columns, its rows and how a row is coloured.
// xlsx.ts writes them; nothing here touches exceljs but its types.

export type Cell = string | number | boolean | null | undefined;
export interface Column {
  header: string;
  numFmt?: string;
  /** cap for long text columns; they wrap instead */
  maxWidth?: number;
}

/** One sheet: `rows` is called twice (to size the columns, then to write), so rows are never all held at once. */
export interface Sheet {
  name: string;
  columns: Column[];
  rows: () => Iterable<Cell[]>;
  decorate?: (row: ExcelJS.Row, index: number) => void;
  /** after the last row, with the number of rows written: e.g. a data validation over a column */
  finish?: (ws: ExcelJS.Worksheet, rows: number) => void;
}

/** Grade fills best → worst: green, blue, yellow … red for the lowest band. */
const GRADE_FILLS = ['FFC6EFCE', 'FFDDEBF7', 'FFFFEB9C', 'FFFCE4D6'];
const WORST_FILL = 'FFFFC7CE';
const ALARM = { bold: true, color: { argb: 'FF9C0006' } };
const solid = (argb: string) => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } }) as const;

export function gradeFill(grade: string, grades: string[]): string | undefined {
  const i = grades.indexOf(grade);
  if (i < 0) return undefined;
  if (i === grades.length - 1 && grades.length > 1) return WORST_FILL;
  return GRADE_FILLS[Math.min(i, GRADE_FILLS.length - 1)];
}

/**
 * 汇总 (ranking), 问题清单 (every non-passing finding: failed gates first, 不适用 last), 名单核对 (with --roster), 错误 (files that
 * could not be scored).
 */
export function workbookSheets(batch: BatchResult, lang: Lang): Sheet[] {
  const view = batchView(batch);
  return [
    summarySheet(view, lang),
    findingsSheet(view, lang),
    ...(batch.roster ? [rosterSheet(batch, lang)] : []),
    errorsSheet(batch, lang),
    ...(batch.review?.stale.length ? [staleSheet(batch, lang)] : []),
  ];
}

function summaryColumns(view: BatchView, lang: Lang): Column[] {
  const compare = view.batch.comparisons !== undefined;
  const roster = view.batch.roster !== undefined;
  const review = view.batch.review !== undefined;
  return [
    { header: col(lang, 'rank'), numFmt: '0' },
    ...(roster ? [{ header: rosterWord(lang, 'roleRank'), numFmt: '0' }] : []),
    { header: col(lang, 'authority') },
    ...(roster ? [{ header: rosterWord(lang, 'unit') }] : []),
    { header: col(lang, 'role') },
    { header: col(lang, 'region') },
    { header: col(lang, 'year'), numFmt: '0' },
    // with a review the machine's score stands beside the final one (the cells: reportCells)
    ...(review ? [{ header: reviewWord(lang, 'machineScore'), numFmt: '0.0' }] : []),
    { header: review ? reviewWord(lang, 'finalScore') : col(lang, 'score'), numFmt: '0.0' },
    { header: col(lang, 'maxScore'), numFmt: '0.0' },
    { header: col(lang, 'percent'), numFmt: '0.0%' },
    { header: col(lang, 'grade') },
    { header: col(lang, 'vetoed') },
    { header: col(lang, 'returned') },
    { header: col(lang, 'shortfalls'), numFmt: '0' },
    { header: col(lang, 'notApplicable'), numFmt: '0' },
    ...view.categories.map((c) => ({ header: c.title, numFmt: '0.0' })),
    ...(compare
      ? [
          { header: col(lang, 'previous'), numFmt: '0.0%' },
          { header: col(lang, 'change'), numFmt: '+0.0;-0.0;0.0' },
          { header: col(lang, 'newlyFailing'), maxWidth: 50 },
          { header: col(lang, 'fixed'), maxWidth: 50 },
        ]
      : []),
    ...(roster
      ? [
          { header: rosterWord(lang, 'submittedOnTime') },
          { header: rosterWord(lang, 'publishedOnTime') },
          { header: rosterWord(lang, 'check'), maxWidth: 80 },
        ]
      : []),
    { header: col(lang, 'file'), maxWidth: 60 },
  ];
}

/** A report's row of 汇总. */
function reportCells(view: BatchView, r: SummaryRow, lang: Lang): Cell[] {
  const c = r.comparison;
  const yesNo = (b: boolean) => (b ? col(lang, 'yes') : col(lang, 'no'));
  return [
    r.rank,
    ...(view.batch.roster !== undefined ? [r.roleRank] : []),
    r.a.report.authority,
    ...(view.batch.roster !== undefined ? [reportUnitCell(lang, r.roster)] : []),
    roleCell(lang, r.a),
    r.a.report.region,
    r.a.report.year,
    ...(view.batch.review ? [r.a.machine?.score ?? r.a.score] : []),
    r.a.score,
    r.a.maxScore,
    r.a.percent / 100,
    r.a.grade,
    yesNo(r.a.vetoed),
    yesNo(r.a.returned),
    r.shortfalls,
    r.notApplicable,
    ...view.categories.map((cat) => r.categories.get(cat.id)?.score),
    ...(view.batch.comparisons !== undefined
      ? [
          c?.previousPercent !== undefined ? c.previousPercent / 100 : undefined,
          c?.change,
          c?.newlyFailing.join(' '),
          c?.fixed.join(' '),
        ]
      : []),
    ...(view.batch.roster !== undefined ? [...deadlineCells(lang, r.a), r.roster?.note] : []),
    r.a.report.file,
  ];
}

/** A roster unit without a counted report, in 汇总's columns: 未报送 with its rank and grade, the status in 名单核对. */
const unitCells = (view: BatchView, u: RosterUnitEntry, roleRank: number | undefined, lang: Lang): Cell[] => [
  u.rank,
  roleRank,
  undefined,
  u.unit,
  unitRoleCell(lang, u),
  ...Array<undefined>(view.batch.review ? 6 : 5), // region, year, (machine score,) score, max, percent
  u.grade,
  // vetoed, returned, shortfalls, not applicable, the categories, (last year's 4,) 按时报送, 按时公开
  ...Array<undefined>(4 + view.categories.length + (view.batch.comparisons !== undefined ? 4 : 0) + 2),
  u.note,
  undefined,
];

function summarySheet(view: BatchView, lang: Lang): Sheet {
  const columns = summaryColumns(view, lang);
  // With a roster the units without a report stand after the ranked reports: 未报送 with its rank and grade.
  const entries: ({ r: SummaryRow } | { u: RosterUnitEntry; roleRank: number | undefined })[] = [
    ...view.rows.slice(0, view.ranked).map((r) => ({ r })),
    ...view.units.map((u, i) => ({ u, roleRank: view.unitRoleRanks[i] })),
    ...view.rows.slice(view.ranked).map((r) => ({ r })),
  ];
  const grades = view.batch.pack.grades.map((g) => g.name);
  // 1-based column numbers, found by header so adding a column cannot colour the wrong one.
  const column = (header: string) => columns.findIndex((c) => c.header === header) + 1;
  const [gradeCol, vetoCol, returnedCol, checkCol] = [
    column(col(lang, 'grade')),
    column(col(lang, 'vetoed')),
    column(col(lang, 'returned')),
    column(rosterWord(lang, 'check')),
  ];
  const decorate = (row: ExcelJS.Row, i: number) => {
    const e = entries[i]!;
    const grade = 'u' in e ? e.u.grade : e.r.a.grade;
    const argb = grade === undefined ? undefined : gradeFill(grade, grades);
    if (argb) row.getCell(gradeCol).fill = solid(argb);
    if ('u' in e) {
      row.getCell(checkCol).font = ALARM;
      return;
    }
    const a = e.r.a;
    if (e.r.roster && (!e.r.roster.counted || e.r.roster.conflicts.length > 0)) row.getCell(checkCol).font = ALARM;
    if (a.vetoed) row.getCell(vetoCol).font = ALARM;
    if (a.returned) row.getCell(returnedCol).font = ALARM;
  };
  const rows = () =>
    entries.map((e) => ('u' in e ? unitCells(view, e.u, e.roleRank, lang) : reportCells(view, e.r, lang)));
  return { name: sheetText(lang).summary, columns, rows, decorate };
}

function findingsSheet(view: BatchView, lang: Lang): Sheet {
  const columns: Column[] = [
    { header: col(lang, 'rank'), numFmt: '0' },
    { header: col(lang, 'authority') },
    { header: col(lang, 'ruleId') },
    { header: col(lang, 'title'), maxWidth: 40 },
    { header: col(lang, 'status') },
    { header: col(lang, 'severity') },
    { header: col(lang, 'points'), numFmt: '0.0' },
    { header: col(lang, 'maxPoints'), numFmt: '0.0' },
    { header: col(lang, 'message'), maxWidth: 50 },
    { header: col(lang, 'quote'), maxWidth: 50 },
    { header: col(lang, 'line'), numFmt: '0' },
    { header: col(lang, 'remedy'), maxWidth: 50 },
    { header: col(lang, 'events'), maxWidth: 50 },
    ...(view.batch.review ? [{ header: reviewWord(lang, 'review'), maxWidth: 80 }] : []),
    { header: col(lang, 'file'), maxWidth: 60 },
  ];
  function* rows(): Generator<Cell[]> {
    for (const r of view.rows) {
      for (const f of nonPassing(r.a)) {
        yield [
          r.rank,
          r.a.report.authority,
          f.ruleId,
          f.title,
          listedStatus(lang, f),
          severityLabel(lang, f.severity),
          f.points,
          f.maxPoints,
          ...findingDetailCells(view.batch, lang, f),
          r.a.report.file,
        ];
      }
    }
  }
  return { name: sheetText(lang).findings, columns, rows };
}

function rosterSheet(batch: BatchResult, lang: Lang): Sheet {
  const check = rosterCheckRows(batch, lang);
  return {
    name: rosterWord(lang, 'sheet'),
    columns: [
      { header: rosterWord(lang, 'unit') },
      { header: rosterWord(lang, 'role') },
      { header: rosterWord(lang, 'status') },
      { header: rosterWord(lang, 'files'), maxWidth: 60 },
      { header: rosterWord(lang, 'url'), maxWidth: 50 },
      { header: rosterWord(lang, 'note'), maxWidth: 80 },
    ],
    rows: () => check.map((r) => [r.unit, r.role, r.status, r.files, r.url, r.note]),
    decorate: (row, i) => {
      if (check[i]!.alarm) row.getCell(3).font = ALARM;
    },
  };
}

const errorsSheet = (batch: BatchResult, lang: Lang): Sheet => ({
  name: sheetText(lang).errors,
  columns: [
    { header: col(lang, 'file'), maxWidth: 60 },
    { header: col(lang, 'reason'), maxWidth: 80 },
  ],
  rows: () => batch.errors.map((e) => [e.file, e.message]),
});

/** 未应用的复核 (--review): each row of the review sheet not applied, with why. */
const staleSheet = (batch: BatchResult, lang: Lang): Sheet => ({
  name: reviewWord(lang, 'staleSheet'),
  columns: [
    { header: reviewWord(lang, 'row') },
    { header: col(lang, 'file'), maxWidth: 60 },
    { header: col(lang, 'ruleId') },
    { header: col(lang, 'reason'), maxWidth: 60 },
  ],
  rows: () => (batch.review?.stale ?? []).map((s) => [s.cell, s.file, s.ruleId, reviewWord(lang, s.reason)]),
});
