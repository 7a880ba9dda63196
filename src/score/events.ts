import { EventsFile, type AssessmentEvent } from '../model/events.js';
import type { Pack } from '../pack/compiled-pack.js';
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
