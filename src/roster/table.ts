import { problem, type Problem } from '../problems/problem.js';
import type { ProblemCode } from '../problems/problem.js';
import {
  isBlank,
  parseDate,
  parseText,
  parseUrl,
  parseYear,
  shown,
  cellAddress,
  type Parsed,
  type Raw,
} from './cells.js';
import {
  columnFor,
  EVENT_COLUMNS,
  ROLE_CHOICES,
  roleFromCell,
  splitAliases,
  UNIT_COLUMNS,
  type ColumnSpec,
  type EventColumn,
  type UnitColumn,
} from './columns.js';
import type { Loc, LoadedUnit } from './types.js';
import type { Lang } from '../problems/messages.js';

/**
 * A sheet as rows of cells: an .xlsx worksheet or a CSV file (no sheet name). Row numbers are 1-based, as Excel shows
 * them.
 */
export interface Table {
  sheet?: string;
  rows: { number: number; cells: (Raw | undefined)[] }[];
}

/** An event row before its unit is looked up and its rule checked (load-roster.ts does both). */
export interface EventRow {
  unit: string;
  id?: string;
  rule: string;
  date?: string;
  source: string;
  description?: string;
  at: { entry: Loc; unit: Loc; rule: Loc };
}

/** The header is looked for in the first rows: an office often puts a title row (2024年度评查名单) above it. */
const HEADER_SEARCH_ROWS = 10;

interface Header<K extends string> {
  row: number;
  columns: Map<K, number>;
}

export function findHeader<K extends string>(
  table: Table,
  specs: ColumnSpec<K>[],
  required: K,
  file: string,
  lang: Lang,
  problems: Problem[],
): Header<K> | undefined {
  for (const row of table.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const keys = row.cells.map((c) => (typeof c === 'string' ? columnFor(specs, c) : undefined));
    if (!keys.includes(required)) continue;
    const columns = new Map<K, number>();
    keys.forEach((k, i) => {
      if (k === undefined) return;
      const first = columns.get(k);
      if (first === undefined) columns.set(k, i);
      else {
        const cell = cellAddress(table.sheet, i, row.number);
        problems.push(
          problem(
            'roster.duplicate-column',
            file,
            { column: shown(row.cells[i]!), other: cellAddress(table.sheet, first, row.number) },
            { cell },
          ),
        );
      }
    });
    return { row: row.number, columns };
  }
  const spec = specs.find((s) => s.key === required)!;
  problems.push(
    problem(
      'roster.no-header',
      file,
      { column: spec[lang], columns: specs.map((s) => s[lang]).join(lang === 'zh' ? '、' : ', ') },
      { cell: cellAddress(table.sheet, 0, table.rows[0]?.number ?? 1) },
    ),
  );
  return undefined;
}

/** Each data row under the header that has something in a known column, with a reader for its cells. */
export function* dataRows<K extends string>(table: Table, header: Header<K>) {
  for (const row of table.rows) {
    if (row.number <= header.row) continue;
    if ([...header.columns.values()].every((i) => isBlank(row.cells[i]))) continue;
    const cell = (k: K) => {
      const i = header.columns.get(k);
      return i === undefined ? undefined : row.cells[i];
    };
    const loc = (k: K): Loc => ({ cell: cellAddress(table.sheet, header.columns.get(k) ?? 0, row.number) });
    yield { number: row.number, cell, loc, entry: { cell: cellAddress(table.sheet, 0, row.number) } as Loc };
  }
}

/** Reads one cell with its parser; a bad value becomes a problem at the cell, and undefined. */
export function reader(file: string, problems: Problem[]) {
  return <T>(raw: Raw | undefined, loc: Loc, parse: (v: Raw) => Parsed<T>): T | undefined => {
    if (isBlank(raw)) return undefined;
    const r = parse(raw);
    if (r.ok) return r.value;
    problems.push(problem(r.code as ProblemCode, file, r.params, loc));
    return undefined;
  };
}

const required = (file: string, column: string, loc: Loc, why?: string) =>
  problem('roster.required', file, { column, ...(why ? { why } : {}) }, loc);

/** The units sheet: one unit per row. Events are added by the caller from an events sheet. */
export function readUnitTable(table: Table, file: string, lang: Lang, problems: Problem[]): LoadedUnit[] {
  const header = findHeader<UnitColumn>(table, UNIT_COLUMNS, 'name', file, lang, problems);
  if (!header) return [];
  const read = reader(file, problems);
  const label = (k: UnitColumn) => UNIT_COLUMNS.find((s) => s.key === k)![lang];
  const units: LoadedUnit[] = [];
  for (const row of dataRows(table, header)) {
    const name = read(row.cell('name'), row.loc('name'), parseText);
    if (name === undefined) {
      if (isBlank(row.cell('name')))
        problems.push(
          required(
            file,
            label('name'),
            row.loc('name'),
            lang === 'zh' ? '本行填写了其他列' : 'the row has other columns filled in',
          ),
        );
      continue;
    }
    const unit: LoadedUnit = { name, aliases: [], events: [], at: { name: row.loc('name') } };
    const aliases = read(row.cell('aliases'), row.loc('aliases'), parseText);
    if (aliases !== undefined) {
      unit.aliases = [...new Set(splitAliases(aliases))].filter((a) => a !== name);
      unit.at.aliases = row.loc('aliases');
    }
    const role = read(row.cell('role'), row.loc('role'), (v) => {
      const text = parseText(v);
      if (!text.ok) return text;
      const r = roleFromCell(text.value);
      return r
        ? { ok: true, value: r }
        : {
            ok: false,
            code: 'roster.bad-role' as 'roster.bad-cell',
            params: { value: text.value, allowed: ROLE_CHOICES[lang] },
          };
    });
    if (role !== undefined) [unit.role, unit.at.role] = [role, row.loc('role')];
    const year = read(row.cell('year'), row.loc('year'), parseYear);
    if (year !== undefined) [unit.year, unit.at.year] = [year, row.loc('year')];
    const submittedOn = read(row.cell('submittedOn'), row.loc('submittedOn'), parseDate);
    if (submittedOn !== undefined) [unit.submittedOn, unit.at.submittedOn] = [submittedOn, row.loc('submittedOn')];
    const publishedOn = read(row.cell('publishedOn'), row.loc('publishedOn'), parseDate);
    if (publishedOn !== undefined) [unit.publishedOn, unit.at.publishedOn] = [publishedOn, row.loc('publishedOn')];
    const url = read(row.cell('publishedUrl'), row.loc('publishedUrl'), parseUrl);
    if (url !== undefined) [unit.publishedUrl, unit.at.publishedUrl] = [url, row.loc('publishedUrl')];
    units.push(unit);
  }
  return units;
}

/** The events sheet: one event per row, naming its unit. */
export function readEventTable(table: Table, file: string, lang: Lang, problems: Problem[]): EventRow[] {
  const header = findHeader<EventColumn>(table, EVENT_COLUMNS, 'unit', file, lang, problems);
  if (!header) return [];
  const read = reader(file, problems);
  const label = (k: EventColumn) => EVENT_COLUMNS.find((s) => s.key === k)![lang];
  const events: EventRow[] = [];
  for (const row of dataRows(table, header)) {
    const text = (k: EventColumn) => read(row.cell(k), row.loc(k), parseText);
    const unit = text('unit');
    const rule = text('rule');
    const source = text('source');
    const missing = (
      [
        ['unit', unit],
        ['rule', rule],
        ['source', source],
      ] as const
    ).filter(([k, v]) => v === undefined && isBlank(row.cell(k)));
    for (const [k] of missing) problems.push(required(file, label(k), row.loc(k)));
    if (unit === undefined || rule === undefined || source === undefined) continue;
    const id = text('id');
    const date = read(row.cell('date'), row.loc('date'), parseDate);
    const description = text('description');
    events.push({
      unit,
      rule,
      source,
      ...(id !== undefined ? { id } : {}),
      ...(date !== undefined ? { date } : {}),
      ...(description !== undefined ? { description } : {}),
      at: { entry: row.entry, unit: row.loc('unit'), rule: row.loc('rule') },
    });
  }
  return events;
}
