import type { AssessmentEvent } from '../model/events.js';
import type { Waiver } from '../model/waiver.js';
import { baseName } from '../util/base-name.js';

// Matching the assessor's waivers and events to a report; reading their files (waivers.ts,
// events.ts) loads the YAML parsers and models, which scoring a report without them never needs.

/** The waiver for this rule on this report: matched by authority or file name, and year when the waiver gives one. */
export function findWaiver(
  waivers: readonly Waiver[],
  ruleId: string,
  report: { file: string; authority?: string; year?: number },
): Waiver | undefined {
  return waivers.find(
    (w) =>
      w.rule === ruleId &&
      (w.report === report.authority || w.report === baseName(report.file) || w.report === report.file) &&
      (w.year === undefined || w.year === report.year),
  );
}

/**
 * The events recorded against this report for one rule: matched by authority or file name, and year when the event
 * gives one.
 */
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
