import type { AssessmentEvent } from '../model/events.js';
import type { ReportData } from '../model/report.js';
import type { RosterReportEntry } from '../model/roster.js';
import { ROLE_NAMES } from '../model/role-names.js';
import type { Lang } from '../problems/messages.js';
import { baseName } from '../util/base-name.js';
import { nameKey } from './match.js';
import { where, type LoadedUnit } from './types.js';

export interface Applied {
  /** the report as scored: the roster's role and dates in place, each with evidence naming its cell */
  report: ReportData;
  applied: RosterReportEntry['applied'];
  conflicts: RosterReportEntry['conflicts'];
  /** the events to score this report with; undefined when neither the roster nor --events records any */
  events?: AssessmentEvent[];
  /** ids of the roster's own events among them */
  eventIds: string[];
}

/**
 * The roster's record applied to the report of one of its units, before the rules run:
 * - role (主体类型): the roster's, whatever the report's name suggested;
 * - 报送日期 / 公开日期: the roster's — the office's own record of when it received the report and
 *   saw it published — even where the report states another (the other is kept in `applied`);
 * - year: the report's own year is kept; the roster's fills it only where the report gives none,
 *   and a different one is a conflict, shown;
 * - name: a report found by its file name that signs another name keeps that name, shown as a conflict;
 * - events: the unit's events, and the --events entries naming the unit by a roster name or alias,
 *   are tied to this report's file, so the rules scored from events find them.
 * Every value taken from the roster carries evidence naming its cell.
 */
export function applyUnit(
  data: ReportData,
  unit: LoadedUnit,
  file: string,
  match: { by: 'name' | 'alias' | 'file-name' },
  roster: { file: string; recordsEvents: boolean },
  lang: Lang,
  globalEvents?: readonly AssessmentEvent[],
): Applied {
  const meta = { ...data.report };
  const evidence = { ...(data.reportEvidence ?? {}) };
  const applied: Applied['applied'] = [];
  const conflicts: Applied['conflicts'] = [];
  const display = baseName(roster.file.replace(/\\/g, '/'));
  const note = (field: 'role' | 'year' | 'submittedOn' | 'publishedOn', before: string | number | undefined) => {
    const at = where(display, unit.at[field]);
    const said = before === undefined ? '' : lang === 'zh' ? `；报告所载为 ${before}` : `; the report says ${before}`;
    return lang === 'zh' ? `取自名单 ${at}${said}` : `from the roster, ${at}${said}`;
  };

  if (unit.role && unit.role !== meta.role) {
    applied.push({
      field: 'role',
      value: unit.role,
      ...(meta.role ? { report: meta.role } : {}),
      at: where(display, unit.at.role),
    });
    evidence.role = {
      quote: ROLE_NAMES[unit.role][lang === 'zh' ? 'zh' : 'en'],
      note: note('role', meta.role ? ROLE_NAMES[meta.role][lang === 'zh' ? 'zh' : 'en'] : undefined),
    };
    meta.role = unit.role;
  }
  if (unit.year !== undefined) {
    if (meta.year === undefined) {
      applied.push({ field: 'year', value: unit.year, at: where(display, unit.at.year) });
      evidence.year = { quote: String(unit.year), note: note('year', undefined) };
      meta.year = unit.year;
    } else if (meta.year !== unit.year) conflicts.push({ field: 'year', roster: unit.year, report: meta.year });
  }
  for (const field of ['submittedOn', 'publishedOn'] as const) {
    const value = unit[field];
    if (value === undefined || value === meta[field]) continue;
    applied.push({ field, value, ...(meta[field] ? { report: meta[field] } : {}), at: where(display, unit.at[field]) });
    evidence[field] = { quote: value, note: note(field, meta[field]) };
    meta[field] = value;
  }
  if (match.by === 'file-name' && meta.authority && nameKey(meta.authority) !== nameKey(unit.name)) {
    conflicts.push({ field: 'authority', roster: unit.name, report: meta.authority });
  }

  const { events, eventIds } = unitEvents(unit, file, roster.recordsEvents, globalEvents);
  return {
    report: { ...data, report: meta, reportEvidence: evidence },
    applied,
    conflicts,
    ...(events ? { events } : {}),
    eventIds,
  };
}

/**
 * The unit's own events and the --events entries naming it by a roster name or alias, tied to the report's file; none
 * when nothing records events.
 */
function unitEvents(
  unit: LoadedUnit,
  file: string,
  recordsEvents: boolean,
  globalEvents: readonly AssessmentEvent[] | undefined,
) {
  const names = new Set([unit.name, ...unit.aliases].map(nameKey));
  const own = unit.events.map(
    (e): AssessmentEvent => ({
      id: e.id,
      unit: file,
      rule: e.rule,
      source: e.source,
      ...(e.date ? { date: e.date } : {}),
      ...(e.description ? { description: e.description } : {}),
    }),
  );
  const events =
    globalEvents === undefined && !recordsEvents
      ? undefined
      : [...(globalEvents ?? []).map((e) => (names.has(nameKey(e.unit)) ? { ...e, unit: file } : e)), ...own];
  return { events, eventIds: own.map((e) => e.id) };
}
