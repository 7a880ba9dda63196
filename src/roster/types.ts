import type { ReportRole } from '../model/report.js';

/** A roster event ready to score: its id is the office's, or where it is written in the roster. */
export interface LoadedEvent {
  id: string;
  rule: string;
  date?: string;
  source: string;
  description?: string;
  /** the event's row or entry, and its rule's cell */
  at: { entry: Loc; rule: Loc };
}

/** Where a value is written: a spreadsheet cell (`名单!E5`; a CSV's has no sheet) or a YAML position. */
export type Loc = { cell: string } | { line: number; column: number; pointer: string };

/** `名单.xlsx:名单!E5` or `名单.yaml:12:5`: a place as an error line or a note names it. */
export function where(file: string, loc: Loc | undefined): string {
  if (!loc) return file;
  return 'cell' in loc ? `${file}:${loc.cell}` : `${file}:${loc.line}:${loc.column}`;
}

/** The fields of a unit whose place in the roster a finding, a note or an error may cite. */
export type UnitField = 'name' | 'aliases' | 'role' | 'year' | 'submittedOn' | 'publishedOn' | 'publishedUrl';

/**
 * One unit of the roster as read: plain data (it crosses into the batch's worker threads),
 * every value checked, and where each was written (`名单.xlsx:名单!E5`, `名单.yaml:12:5`), so a
 * finding scored from it can say which cell it came from.
 */
export interface LoadedUnit {
  name: string;
  aliases: string[];
  role?: ReportRole;
  year?: number;
  submittedOn?: string;
  publishedOn?: string;
  publishedUrl?: string;
  events: LoadedEvent[];
  at: Partial<Record<UnitField, Loc>>;
}

export interface LoadedRoster {
  /** the path as given */
  file: string;
  units: LoadedUnit[];
  /**
   * Whether the roster records events at all (an .xlsx with a 事件 sheet, a YAML roster with an
   * `events` list on some unit). Then a unit with none has none — the rules scored from events
   * pass for it — rather than unknown (需人工核对), as without any record of events.
   */
  recordsEvents: boolean;
}
