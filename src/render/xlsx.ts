import ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import type { BatchResult } from '../model/batch.js';
import { batchView, col, nonPassing } from './batch-view.js';
import { severityLabel, statusLabel, type Lang } from './labels.js';
import type { BatchRenderer } from './types.js';

type Cell = string | number | boolean | null | undefined;
interface Column {
  header: string;
  numFmt?: string;
  /** cap for long text columns; they wrap instead */
  maxWidth?: number;
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;
/** Grade fills best → worst: green, blue, yellow … red for the lowest band. */
const GRADE_FILLS = ['FFC6EFCE', 'FFDDEBF7', 'FFFFEB9C', 'FFFCE4D6'];
const WORST_FILL = 'FFFFC7CE';

export function gradeFill(grade: string, grades: string[]): string | undefined {
  const i = grades.indexOf(grade);
  if (i < 0) return undefined;
  if (i === grades.length - 1 && grades.length > 1) return WORST_FILL;
  return GRADE_FILLS[Math.min(i, GRADE_FILLS.length - 1)];
}

/** Adds a sheet with a bold filled frozen header, autofilter, and widths fit to the widest cell (CJK counts double). */
function addSheet(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.addRow(columns.map((c) => c.header));
  for (const r of rows) ws.addRow(r.map((v) => (v === undefined ? null : v)));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle' };
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    if (c.numFmt) column.numFmt = c.numFmt;
    let width = stringWidth(c.header);
    for (const r of rows) {
      const v = r[i];
      if (v === undefined || v === null) continue;
      const text = typeof v === 'number' && c.numFmt?.includes('%') ? `${(v * 100).toFixed(1)}%` : String(v);
      width = Math.max(width, stringWidth(text));
    }
    const max = c.maxWidth ?? 40;
    column.width = Math.min(width, max) + 2;
    if (width > max) column.alignment = { wrapText: true, vertical: 'top' };
  });
  if (rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

export async function buildWorkbook(batch: BatchResult, lang: Lang): Promise<ExcelJS.Workbook> {
  const view = batchView(batch);
  const wb = new ExcelJS.Workbook();
  // Fixed metadata: the same batch gives the same workbook content.
  wb.creator = 'fazhi';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const compare = batch.comparisons !== undefined;
  const yesNo = (b: boolean) => (b ? col(lang, 'yes') : col(lang, 'no'));

  const summaryColumns: Column[] = [
    { header: col(lang, 'rank'), numFmt: '0' },
    { header: col(lang, 'authority') },
    { header: col(lang, 'region') },
    { header: col(lang, 'year'), numFmt: '0' },
    { header: col(lang, 'score'), numFmt: '0.0' },
    { header: col(lang, 'maxScore'), numFmt: '0.0' },
    { header: col(lang, 'percent'), numFmt: '0.0%' },
    { header: col(lang, 'grade') },
    { header: col(lang, 'vetoed') },
    { header: col(lang, 'shortfalls'), numFmt: '0' },
    ...view.categories.map((c) => ({ header: c.title, numFmt: '0.0' })),
    ...(compare
      ? [
          { header: col(lang, 'previous'), numFmt: '0.0%' },
          { header: col(lang, 'change'), numFmt: '+0.0;-0.0;0.0' },
          { header: col(lang, 'newlyFailing'), maxWidth: 50 },
          { header: col(lang, 'fixed'), maxWidth: 50 },
        ]
      : []),
    { header: col(lang, 'file'), maxWidth: 60 },
  ];
  const summaryRows: Cell[][] = view.rows.map((r) => {
    const c = r.comparison;
    return [
      r.rank,
      r.a.report.authority,
      r.a.report.region,
      r.a.report.year,
      r.a.score,
      r.a.maxScore,
      r.a.percent / 100,
      r.a.grade,
      yesNo(r.a.vetoed),
      r.shortfalls,
      ...view.categories.map((cat) => r.categories.get(cat.id)?.score),
      ...(compare
        ? [
            c?.previousPercent !== undefined ? c.previousPercent / 100 : undefined,
            c?.change,
            c?.newlyFailing.join(' '),
            c?.fixed.join(' '),
          ]
        : []),
      r.a.report.file,
    ];
  });
  const summary = addSheet(wb, lang === 'zh' ? '汇总' : 'Summary', summaryColumns, summaryRows);
  const grades = batch.pack.grades.length > 0 ? batch.pack.grades.map((g) => g.name) : [];
  const gradeCol = 8;
  view.rows.forEach((r, i) => {
    const argb = gradeFill(r.a.grade, grades);
    if (argb) summary.getCell(i + 2, gradeCol).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    if (r.a.vetoed) summary.getCell(i + 2, gradeCol + 1).font = { bold: true, color: { argb: 'FF9C0006' } };
  });

  const findingColumns: Column[] = [
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
    { header: col(lang, 'file'), maxWidth: 60 },
  ];
  const findingRows: Cell[][] = [];
  for (const r of view.rows) {
    for (const f of nonPassing(r.a)) {
      const e = f.evidence?.[0];
      findingRows.push([
        r.rank, r.a.report.authority, f.ruleId, f.title, statusLabel(lang, f.status), severityLabel(lang, f.severity),
        f.points, f.maxPoints, f.message, e?.quote, e?.line, f.remedy, r.a.report.file,
      ]);
    }
  }
  addSheet(wb, lang === 'zh' ? '问题清单' : 'Findings', findingColumns, findingRows);

  addSheet(
    wb,
    lang === 'zh' ? '错误' : 'Errors',
    [{ header: col(lang, 'file'), maxWidth: 60 }, { header: col(lang, 'reason'), maxWidth: 80 }],
    batch.errors.map((e) => [e.file, e.message]),
  );
  return wb;
}

/** summary.xlsx: 汇总 (ranking), 问题清单 (every non-passing finding), 错误 (files that could not be scored). */
export const renderXlsx: BatchRenderer = async (batch, { lang }) => {
  const wb = await buildWorkbook(batch, lang);
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  return [{ name: 'summary.xlsx', data }];
};
