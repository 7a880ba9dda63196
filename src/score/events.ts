import { EventsFile, type AssessmentEvent } from '../model/events.js';
import type { Pack } from '../pack/compiled-pack.js';
import { baseName } from '../util/base-name.js';
import { loadAssessorFile } from './assessor-file.js';

/** Reads an events file; every event must name a rule of the pack that is scored from events. */
export function loadEvents(file: string, pack: Pack): AssessmentEvent[] {
  const eventRules = new Set(pack.rules.filter((r) => r.rule.onEvent).map((r) => r.rule.id));
  return loadAssessorFile(file, {
    schema: 'events.schema.json',
    list: 'events',
    parse: (data) => EventsFile.parse(data).events,
    allowed: eventRules,
    unknownRule: 'events.unknown-rule',
    params: { allowed: [...eventRules].join(', ') || '—' },
  });
}

/** The events recorded against this report for one rule: matched by authority or file name, and year when the event gives one. */
export function eventsFor(
  events: readonly AssessmentEvent[],
  ruleId: string,
  report: { file: string; authority?: string; year?: number },
): AssessmentEvent[] {
  return events.filter(
    (e) =>
      e.rule === ruleId &&
      (e.unit === report.authority || e.unit === baseName(report.file) || e.unit === report.file) &&
      (e.year === undefined || e.year === report.year),
  );
}
