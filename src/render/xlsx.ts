import type ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import type { BatchResult } from '../model/batch.js';
import { batchView, eventsCell, listedStatus, nonPassing, roleCell } from './batch-view.js';
import { col, severityLabel, sheetText, type Lang } from './labels.js';
import type { BatchFormatter } from './types.js';
import type { RosterUnitEntry } from '../model/roster.js';
import { reportUnitCell, rosterCheckRows, rosterWord, unitRoleCell } from './roster-view.js';
import type { SummaryRow } from './batch-view.js';

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

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

/** Excel holds at most 32,767 characters in a cell; a longer text makes the workbook one Excel repairs or refuses. */
export const EXCEL_CELL_LIMIT = 32767;

/** A text cut to Excel's limit with a marker saying so, never splitting a character outside the BMP. */
export function excelText(text: string, lang: Lang): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  const marker = sheetText(lang).clipped;
  let end = EXCEL_CELL_LIMIT - marker.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate whose pair would be cut off
  return text.slice(0, end) + marker;
}

/** The display width of a cell, but no more than `cap + 1`: enough to size a capped column. */
function cellWidth(text: string, cap: number): number {
  // Every character is at most two columns wide: a short string cannot reach the cap, and ASCII is one column each.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  return text.length * 2 <= cap ? stringWidth(text) : Math.min(stringWidth(text), cap + 1);
}

/**
 * Streams a sheet: a bold filled frozen header, autofilter, and widths fit to the widest cell
 * (CJK counts double). `rows` is called twice — once to size the columns, once to write — so
 * rows are never all held at once; each row is committed (written out) as soon as it is added.
 */
function addSheet(
  wb: Writer,
  lang: Lang,
  name: string,
  columns: Column[],
  rows: () => Iterable<Cell[]>,
  decorate?: (row: ExcelJS.Row, index: number) => void,
): void {
  const widths = columns.map((c) => stringWidth(c.header));
  // Titles, authorities and file names repeat on every row of a report: each text is measured once per sheet.
  const seen = columns.map(() => new Set<string>());
  let count = 0;
  for (const r of rows()) {
    count++;
    for (let i = 0; i < columns.length; i++) {
      const v = r[i];
      if (v === undefined || v === null) continue;
      const c = columns[i]!;
      const max = c.maxWidth ?? 40;
      if (widths[i]! > max) continue;
      const text = typeof v === 'number' && c.numFmt?.includes('%') ? `${(v * 100).toFixed(1)}%` : String(v);
      if (text.length * 2 <= widths[i]! || seen[i]!.has(text)) continue;
      seen[i]!.add(text);
      widths[i] = Math.max(widths[i]!, cellWidth(text, max));
    }
  }
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = columns.map((c, i) => {
    const max = c.maxWidth ?? 40;
    const style: Partial<ExcelJS.Style> = {};
    if (c.numFmt) style.numFmt = c.numFmt;
    if (widths[i]! > max) style.alignment = { wrapText: true, vertical: 'top' };
    return { width: Math.min(widths[i]!, max) + 2, style };
  });
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle' };
  header.commit();
  let index = 0;
  for (const r of rows()) {
    const row = ws.addRow(r.map((v) => (v === undefined ? null : typeof v === 'string' ? excelText(v, lang) : v)));
    decorate?.(row, index++);
    row.commit();
  }
  if (count > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  ws.commit();
}

/** Writes the workbook into `stream`, resolving when it has taken the last byte: rows leave memory as they are written. */
async function writeWorkbook(batch: BatchResult, lang: Lang, stream: NodeJS.WritableStream): Promise<void> {
  const { default: Excel } = await import('exceljs');
  const view = batchView(batch);
  // Fixed metadata: the same batch gives the same workbook content.
  const wb = new Excel.stream.xlsx.WorkbookWriter({
    // a node Writable (the file batch opens, a test's PassThrough); exceljs types it as the Stream base class
    stream: stream as unknown as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions['stream'],
    useStyles: true,
    useSharedStrings: false,
    created: new Date(0),
    modified: new Date(0),
    creator: 'fazhi',
  } as ConstructorParameters<typeof Excel.stream.xlsx.WorkbookWriter>[0] & { created: Date; modified: Date; creator: string });
  const compare = batch.comparisons !== undefined;
  const roster = batch.roster !== undefined;
  const yesNo = (b: boolean) => (b ? col(lang, 'yes') : col(lang, 'no'));

  const summaryColumns: Column[] = [
    { header: col(lang, 'rank'), numFmt: '0' },
    { header: col(lang, 'authority') },
    ...(roster ? [{ header: rosterWord(lang, 'unit') }] : []),
    { header: col(lang, 'role') },
    { header: col(lang, 'region') },
    { header: col(lang, 'year'), numFmt: '0' },
    { header: col(lang, 'score'), numFmt: '0.0' },
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
    ...(roster ? [{ header: rosterWord(lang, 'check'), maxWidth: 80 }] : []),
    { header: col(lang, 'file'), maxWidth: 60 },
  ];
  // With a roster the units without a report stand after the ranked reports: 未报送 with its rank and grade.
  const entries: ({ r: SummaryRow } | { u: RosterUnitEntry })[] = [
    ...view.rows.slice(0, view.ranked).map((r) => ({ r })),
    ...view.units.map((u) => ({ u })),
    ...view.rows.slice(view.ranked).map((r) => ({ r })),
  ];
  const unitCells = (u: RosterUnitEntry): Cell[] => [
    u.rank,
    undefined,
    u.unit,
    unitRoleCell(lang, u),
    ...Array<undefined>(5), // region, year, score, max, percent
    u.grade,
    ...Array<undefined>(4 + view.categories.length + (compare ? 4 : 0)),
    u.note,
    undefined,
  ];
  const summaryRows = () => entries.map((e): Cell[] => {
    if ('u' in e) return unitCells(e.u);
    const r = e.r;
    const c = r.comparison;
    return [
      r.rank,
      r.a.report.authority,
      ...(roster ? [reportUnitCell(lang, r.roster)] : []),
      roleCell(lang, r.a),
      r.a.report.region,
      r.a.report.year,
      r.a.score,
      r.a.maxScore,
      r.a.percent / 100,
      r.a.grade,
      yesNo(r.a.vetoed),
      yesNo(r.a.returned),
      r.shortfalls,
      r.notApplicable,
      ...view.categories.map((cat) => r.categories.get(cat.id)?.score),
      ...(compare
        ? [
            c?.previousPercent !== undefined ? c.previousPercent / 100 : undefined,
            c?.change,
            c?.newlyFailing.join(' '),
            c?.fixed.join(' '),
          ]
        : []),
      ...(roster ? [r.roster?.note] : []),
      r.a.report.file,
    ];
  });
  const grades = batch.pack.grades.length > 0 ? batch.pack.grades.map((g) => g.name) : [];
  // 1-based column numbers, found by header so adding a column cannot colour the wrong one.
  const column = (key: 'grade' | 'vetoed' | 'returned') => summaryColumns.findIndex((c) => c.header === col(lang, key)) + 1;
  const [gradeCol, vetoCol, returnedCol] = [column('grade'), column('vetoed'), column('returned')];
  const alarm = { bold: true, color: { argb: 'FF9C0006' } };
  const checkCol = summaryColumns.findIndex((c) => c.header === rosterWord(lang, 'check')) + 1;
  addSheet(wb, lang, sheetText(lang).summary, summaryColumns, summaryRows, (row, i) => {
    const e = entries[i]!;
    if ('u' in e) {
      const argb = e.u.grade === undefined ? undefined : gradeFill(e.u.grade, grades);
      if (argb) row.getCell(gradeCol).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
      row.getCell(checkCol).font = alarm;
      return;
    }
    const a = e.r.a;
    if (e.r.roster && (!e.r.roster.counted || e.r.roster.conflicts.length > 0)) row.getCell(checkCol).font = alarm;
    const argb = gradeFill(a.grade, grades);
    if (argb) row.getCell(gradeCol).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    if (a.vetoed) row.getCell(vetoCol).font = alarm;
    if (a.returned) row.getCell(returnedCol).font = alarm;
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
    { header: col(lang, 'events'), maxWidth: 50 },
    { header: col(lang, 'file'), maxWidth: 60 },
  ];
  function* findingRows(): Generator<Cell[]> {
    for (const r of view.rows) {
      for (const f of nonPassing(r.a)) {
        const e = f.evidence?.[0];
        yield [
          r.rank, r.a.report.authority, f.ruleId, f.title, listedStatus(lang, f), severityLabel(lang, f.severity),
          f.points, f.maxPoints, f.message, e?.quote, e?.line, f.remedy, eventsCell(lang, f), r.a.report.file,
        ];
      }
    }
  }
  addSheet(wb, lang, sheetText(lang).findings, findingColumns, findingRows);

  if (roster) {
    const check = rosterCheckRows(batch, lang);
    addSheet(
      wb,
      lang,
      rosterWord(lang, 'sheet'),
      [
        { header: rosterWord(lang, 'unit') },
        { header: rosterWord(lang, 'role') },
        { header: rosterWord(lang, 'status') },
        { header: rosterWord(lang, 'files'), maxWidth: 60 },
        { header: rosterWord(lang, 'url'), maxWidth: 50 },
        { header: rosterWord(lang, 'note'), maxWidth: 80 },
      ],
      () => check.map((r) => [r.unit, r.role, r.status, r.files, r.url, r.note]),
      (row, i) => {
        if (check[i]!.alarm) row.getCell(3).font = alarm;
      },
    );
  }

  addSheet(
    wb,
    lang,
    sheetText(lang).errors,
    [{ header: col(lang, 'file'), maxWidth: 60 }, { header: col(lang, 'reason'), maxWidth: 80 }],
    () => batch.errors.map((e) => [e.file, e.message]),
  );
  await wb.commit();
}

/**
 * summary.xlsx: 汇总 (ranking), 问题清单 (every non-passing finding: failed gates first, 不适用 last),
 * 名单核对 (with --roster), 错误 (files that could not be scored). exceljs is loaded only when the
 * workbook is written: `check` never pays for it.
 */
export const xlsxFiles: BatchFormatter = (batch, { lang }) => [{ name: 'summary.xlsx', bytes: (out) => writeWorkbook(batch, lang, out) }];
