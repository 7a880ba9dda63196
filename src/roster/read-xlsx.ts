import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { judgeZip } from '../ingest/zip-guard.js';
import { problem, ProblemError } from '../problems/problem.js';
import type { Raw } from './cells.js';
import { headerKey, SHEETS } from './columns.js';
import type { Table } from './table.js';

/** What an .xlsx roster may inflate to: a roster of 10,000 units is a few MB of XML. */
const ZIP_LIMITS = {
  maxPartBytes: 64 * 1024 * 1024,
  maxRatio: 200,
  maxBodyBytes: 64 * 1024 * 1024,
  maxParagraphs: Number.POSITIVE_INFINITY,
};

/**
 * A cell's value as exceljs gives it, made a Raw: rich text joined, a formula's cached result, an error value kept as
 * unreadable.
 */
function raw(value: ExcelJS.CellValue): Raw | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return { unreadable: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null)
      return { unreadable: 'formula without a computed value / 公式没有计算结果' };
    return raw(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value)
    return (value as ExcelJS.CellHyperlinkValue).text || (value as ExcelJS.CellHyperlinkValue).hyperlink;
  return { unreadable: JSON.stringify(value).slice(0, 40) };
}

function table(ws: ExcelJS.Worksheet): Table {
  const rows: Table['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: values[0] is empty
    rows.push({ number, cells: values.slice(1).map(raw) });
  });
  return { sheet: ws.name, rows };
}

const named = (ws: ExcelJS.Worksheet, names: readonly string[]) =>
  names.some((n) => headerKey(n) === headerKey(ws.name));

/**
 * An .xlsx roster: the units sheet (名单, or else the first sheet that is not the events or help
 * sheet) and, when there is one, the events sheet (事件). The zip is judged before exceljs
 * inflates it, as a .docx is.
 */
export async function readXlsxTables(file: string, bytes: Buffer): Promise<{ units: Table; events?: Table }> {
  const sheets = await readWorkbook(file, bytes, 'roster.unreadable');
  const eventsSheet = sheets.find((ws) => named(ws, [SHEETS.events.zh, SHEETS.events.en, ...SHEETS.events.also]));
  const unitsSheet =
    sheets.find((ws) => named(ws, [SHEETS.units.zh, SHEETS.units.en, ...SHEETS.units.also])) ??
    sheets.find((ws) => ws !== eventsSheet && !named(ws, [SHEETS.help.zh, SHEETS.help.en]));
  if (!unitsSheet) throw new ProblemError([problem('roster.empty', file)]);
  return { units: table(unitsSheet), ...(eventsSheet ? { events: table(eventsSheet) } : {}) };
}

/**
 * One sheet of an .xlsx as a Table, found by any of its names (compared as headers are); undefined
 * when there is none. Read with exceljs's streaming reader, without styles: a review sheet of 50,000
 * rows reads in a third of the time a full load takes (its cells hold no dates, which need styles).
 */
export async function readXlsxSheet(
  file: string,
  bytes: Buffer,
  names: readonly string[],
  unreadable: 'roster.unreadable' | 'review.unreadable',
): Promise<Table | undefined> {
  judge(file, bytes, unreadable);
  const { default: Excel } = await import('exceljs');
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let found: Table | undefined;
  try {
    for await (const ws of reader) {
      const sheet = ws as unknown as ExcelJS.Worksheet & AsyncIterable<ExcelJS.Row>;
      const wanted = !found && named(sheet, names);
      const rows: Table['rows'] = [];
      // every sheet is read through: the reader goes on to the next only when this one is consumed
      for await (const row of sheet)
        if (wanted) rows.push({ number: row.number, cells: (row.values as ExcelJS.CellValue[]).slice(1).map(raw) });
      if (wanted) found = { sheet: sheet.name, rows };
    }
  } catch (e) {
    throw new ProblemError([
      problem(unreadable, file, { reason: e instanceof Error ? e.message.split('\n')[0]! : String(e) }),
    ]);
  }
  return found;
}

/** The zip judged before exceljs inflates it, as a .docx is. */
function judge(file: string, bytes: Buffer, unreadable: 'roster.unreadable' | 'review.unreadable'): void {
  const verdict = judgeZip(bytes, ZIP_LIMITS);
  if (!verdict.ok)
    throw new ProblemError([
      problem(unreadable, file, {
        reason: verdict.reason === 'corrupt' ? verdict.detail : `zip: ${verdict.reason}`,
      }),
    ]);
}

/** The workbook's visible sheets; its zip judged before exceljs inflates it, as a .docx is. */
async function readWorkbook(
  file: string,
  bytes: Buffer,
  unreadable: 'roster.unreadable' | 'review.unreadable',
): Promise<ExcelJS.Worksheet[]> {
  judge(file, bytes, unreadable);
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new ProblemError([
      problem(unreadable, file, { reason: e instanceof Error ? e.message.split('\n')[0]! : String(e) }),
    ]);
  }
  return wb.worksheets.filter((ws) => ws.state !== 'veryHidden');
}
