import { RosterFile } from '../model/roster.js';
import type { Lang } from '../problems/messages.js';
import { problem, ProblemError, type Problem } from '../problems/problem.js';
import { impossibleValues } from '../source/impossible-values.js';
import { readUserBytes } from '../source/read-file.js';
import { checkAgainstSchema } from '../source/schema-check.js';
import { parseYamlText } from '../source/yaml-source.js';
import { baseName } from '../util/base-name.js';
import { readCsvTable } from './read-csv.js';
import { readXlsxTables } from './read-xlsx.js';
import { nameKey } from './match.js';
import { readEventTable, readUnitTable, type EventRow } from './table.js';
import { where, type LoadedRoster, type LoadedUnit, type Loc, type UnitField } from './types.js';

/** A roster is a small file: 10,000 units are ~1 MB as .xlsx, ~2 MB as CSV or YAML. */
const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

export const ROSTER_EXTENSIONS = ['.xlsx', '.csv', '.yaml', '.yml', '.json'] as const;

export interface RosterOptions {
  /** the rules of the pack scored from events (onEvent): the only rules an event may name */
  eventRules: ReadonlySet<string>;
  lang: Lang;
}

/**
 * Reads the office's roster (.xlsx, .csv, or .yaml/.json) and checks it whole: every bad cell is
 * one problem at its cell (`名单.xlsx:名单!C7: …`) or line, all of them at once, so the office
 * fixes the sheet in one pass. Refused: a unit without a name, a role, date, year or address that
 * cannot be read, a name or alias two units share (a report could not be told apart), an event
 * whose unit is not in the roster or whose rule is not scored from events.
 */
export async function loadRoster(file: string, options: RosterOptions): Promise<LoadedRoster> {
  const ext = /\.[^./\\]+$/.exec(file)?.[0]?.toLowerCase() ?? '';
  if (!(ROSTER_EXTENSIONS as readonly string[]).includes(ext))
    throw new ProblemError([problem('roster.unsupported-type', file, { ext: ext || baseName(file) })]);
  const bytes = readUserBytes(file, MAX_ROSTER_BYTES);
  const problems: Problem[] = [];
  let units: LoadedUnit[];
  let recordsEvents: boolean;
  let unitsSheet: string | undefined;
  if (ext === '.xlsx' || ext === '.csv') {
    const tables = ext === '.xlsx' ? await readXlsxTables(file, bytes) : { units: readCsvTable(bytes) };
    unitsSheet = tables.units.sheet;
    units = readUnitTable(tables.units, file, options.lang, problems);
    recordsEvents = tables.events !== undefined;
    if (tables.events) attachEvents(units, readEventTable(tables.events, file, options.lang, problems), file, problems);
  } else {
    ({ units, recordsEvents } = readYamlRoster(file, bytes));
  }
  if (problems.length === 0 && units.length === 0) problems.push(problem('roster.empty', file));
  problems.push(...sharedNames(units, file), ...unknownRules(units, file, options));
  if (problems.length > 0) throw new ProblemError(inSheetOrder(problems, unitsSheet));
  const display = baseName(file.replace(/\\/g, '/'));
  for (const u of units) for (const e of u.events) if (!e.id) e.id = where(display, e.at.entry);
  return { file, units, recordsEvents };
}

function readYamlRoster(file: string, bytes: Buffer): { units: LoadedUnit[]; recordsEvents: boolean } {
  const source = parseYamlText(bytes.toString('utf8').replace(/^\uFEFF/, ''), file);
  const found = [...checkAgainstSchema(source, 'roster.schema.json'), ...impossibleValues(source)];
  if (found.length > 0) throw new ProblemError(found);
  const data = RosterFile.parse(source.data);
  const loc = (pointer: string): Loc => {
    const at = source.locate(pointer) ?? { line: 1, column: 1 };
    return { line: at.line, column: at.column, pointer };
  };
  const fields: UnitField[] = ['name', 'aliases', 'role', 'year', 'submittedOn', 'publishedOn', 'publishedUrl'];
  const units = data.units.map((u, i): LoadedUnit => {
    const at: LoadedUnit['at'] = {};
    for (const f of fields) if (u[f] !== undefined) at[f] = loc(`/units/${i}/${f}`);
    return {
      name: u.name.trim(),
      aliases: [...new Set((u.aliases ?? []).map((a) => a.trim()))].filter((a) => a && a !== u.name.trim()),
      ...(u.role ? { role: u.role } : {}),
      ...(u.year !== undefined ? { year: u.year } : {}),
      ...(u.submittedOn ? { submittedOn: u.submittedOn } : {}),
      ...(u.publishedOn ? { publishedOn: u.publishedOn } : {}),
      ...(u.publishedUrl ? { publishedUrl: u.publishedUrl } : {}),
      events: (u.events ?? []).map((e, j) => ({
        id: e.id ?? '',
        rule: e.rule,
        source: e.source,
        ...(e.date ? { date: e.date } : {}),
        ...(e.description ? { description: e.description } : {}),
        at: { entry: loc(`/units/${i}/events/${j}`), rule: loc(`/units/${i}/events/${j}/rule`) },
      })),
      at,
    };
  });
  return { units, recordsEvents: data.units.some((u) => u.events !== undefined) };
}

/** Each event row joins the unit it names (by name or alias). */
function attachEvents(units: LoadedUnit[], rows: EventRow[], file: string, problems: Problem[]): void {
  const byKey = new Map<string, LoadedUnit>();
  for (const u of units) for (const n of [u.name, ...u.aliases]) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), u);
  for (const row of rows) {
    const unit = byKey.get(nameKey(row.unit));
    if (!unit) {
      problems.push(problem('roster.unknown-unit', file, { unit: row.unit }, row.at.unit));
      continue;
    }
    const { unit: _unit, at, ...event } = row;
    unit.events.push({ ...event, id: event.id ?? '', at: { entry: at.entry, rule: at.rule } });
  }
}

/** A name or alias that two units share: where it is used the second time, naming the first. */
function sharedNames(units: LoadedUnit[], file: string): Problem[] {
  const first = new Map<string, { unit: LoadedUnit; loc: Loc | undefined }>();
  const problems: Problem[] = [];
  for (const unit of units) {
    for (const [name, field] of [[unit.name, 'name'], ...unit.aliases.map((a) => [a, 'aliases'])] as [
      string,
      UnitField,
    ][]) {
      const key = nameKey(name);
      const seen = first.get(key);
      if (!seen) first.set(key, { unit, loc: unit.at[field] });
      else if (seen.unit !== unit)
        problems.push(
          problem('roster.duplicate-name', file, { name, other: where(file, seen.loc) }, unit.at[field] ?? {}),
        );
    }
  }
  return problems;
}

function unknownRules(units: LoadedUnit[], file: string, options: RosterOptions): Problem[] {
  const allowed = [...options.eventRules].join(', ') || '—';
  return units.flatMap((u) =>
    u.events
      .filter((e) => !options.eventRules.has(e.rule))
      .map((e) => problem('roster.unknown-rule', file, { rule: e.rule, allowed }, e.at.rule)),
  );
}

/**
 * Problems in the order the office reads the file: the units sheet before the events sheet, then
 * row by row, column by column (a YAML roster's by line and column).
 */
function inSheetOrder(problems: Problem[], unitsSheet = ''): Problem[] {
  const sheets: string[] = [unitsSheet];
  const key = (p: Problem): [number, number, number] => {
    const m = p.cell ? /^(?:(.*)!)?([A-Z]+)(\d+)$/.exec(p.cell) : null;
    if (!m) return [0, p.line ?? 0, p.column ?? 0];
    const sheet = m[1] ?? '';
    if (!sheets.includes(sheet)) sheets.push(sheet);
    const column = [...m[2]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    return [sheets.indexOf(sheet), Number(m[3]), column];
  };
  // The units sheet first, any other as first met (a sort is stable: equal keys keep the order found).
  const keyed = problems.map((p) => ({ p, k: key(p) }));
  return keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2]).map((x) => x.p);
}
