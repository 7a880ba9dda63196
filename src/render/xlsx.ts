import type ExcelJS from 'exceljs';
import stringWidth from 'string-width';
import { sheetText, type Lang } from './labels.js';
import type { BatchFormatter } from './types.js';
import { workbookSheets, type Sheet } from './xlsx-sheets.js';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } } as const;

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

/** How many rows are written between turns of the event loop (see addSheet). */
const ROWS_PER_TURN = 200;

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
async function addSheet(wb: Writer, lang: Lang, { name, columns, rows, decorate, finish }: Sheet): Promise<void> {
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
    // a committed row waits in the sheet's stream until the zip reads it, and the zip reads only when the event loop
    // turns: written in one go, a 10,000-report findings sheet sat whole in memory (~180 MB) before compression
    if (index % ROWS_PER_TURN === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (count > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  finish?.(ws, count);
  ws.commit();
}

/**
 * Writes the workbook into `stream`, resolving when it has taken the last byte: rows leave memory as they are
 * written.
 */
export async function writeWorkbook(sheets: Sheet[], lang: Lang, stream: NodeJS.WritableStream): Promise<void> {
  const { default: Excel } = await import('exceljs');
  // Fixed metadata: the same batch gives the same workbook content.
  const wb = new Excel.stream.xlsx.WorkbookWriter({
    // a node Writable (the file batch opens, a test's PassThrough); exceljs types it as the Stream base class
    stream: stream as unknown as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions['stream'],
    useStyles: true,
    useSharedStrings: false,
    created: new Date(0),
    modified: new Date(0),
    creator: 'fazhi',
  } as ConstructorParameters<typeof Excel.stream.xlsx.WorkbookWriter>[0] & {
    created: Date;
    modified: Date;
    creator: string;
  });
  for (const sheet of sheets) await addSheet(wb, lang, sheet);
  await wb.commit();
}

/**
 * summary.xlsx, its sheets as xlsx-sheets.ts lays them out. exceljs is loaded only when the workbook is written:
 * `check` never pays for it.
 */
export const xlsxFiles: BatchFormatter = (batch, { lang }) => [
  { name: 'summary.xlsx', bytes: (out) => writeWorkbook(workbookSheets(batch, lang), lang, out) },
];
