import { basename } from 'node:path';
import { EventsFile, type AssessmentEvent } from '../model/events.js';
import type { Pack } from '../pack/compiled-pack.js';
import { problem, ProblemError, type Problem } from '../problems/problem.js';
import { checkAgainstSchema } from '../source/schema-check.js';
import { impossibleValues } from '../source/impossible-values.js';
import { loadYamlFile } from '../source/yaml-source.js';

/** Reads an events file; every event must name a rule of the pack that is scored from events. */
export function loadEvents(file: string, pack: Pack): AssessmentEvent[] {
  const source = loadYamlFile(file);
  const found = [...checkAgainstSchema(source, 'events.schema.json'), ...impossibleValues(source)];
  if (found.length > 0) throw new ProblemError(found);
  const { events } = EventsFile.parse(source.data);
  const eventRules = new Set(pack.rules.filter((r) => r.rule.onEvent).map((r) => r.rule.id));
  const problems: Problem[] = [];
  events.forEach((e, i) => {
    if (eventRules.has(e.rule)) return;
    const at = `/events/${i}/rule`;
    problems.push(problem('events.unknown-rule', file, { rule: e.rule, allowed: [...eventRules].join(', ') || '—' }, { pointer: at, ...source.locate(at) }));
  });
  if (problems.length > 0) throw new ProblemError(problems);
  return events;
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
      (e.unit === report.authority || e.unit === basename(report.file) || e.unit === report.file) &&
      (e.year === undefined || e.year === report.year),
  );
}
