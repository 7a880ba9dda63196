import type { Finding } from '../model/assessment.js';
import type { CompiledRule, Pack } from '../pack/compiled-pack.js';
import type { RuleOutcome } from '../engine/evaluator.js';
import { roundPoints } from '../util/numbers.js';
import type { AssessmentEvent } from '../model/events.js';
import type { Lang } from '../util/lang.js';
import { eventsFor } from './assessor-match.js';
import { filled } from './filled.js';
import { eventSourcesNote, noEventsFileMessage } from './finding-messages.js';

/**
 * A rule scored from assessor-recorded events: none recorded → pass; each one deducts (or takes every point, and
 * vetoes when the rule does).
 */
export function scoreFromEvents(
  f: Finding,
  pack: Pack,
  rule: CompiledRule['rule'],
  outcome: RuleOutcome,
  meta: { file: string; authority?: string; year?: number },
  options: { events?: readonly AssessmentEvent[]; lang?: Lang },
): void {
  if (options.events === undefined) {
    f.status = 'missing';
    if (rule.missing === 'info') f.severity = 'info';
    f.points = 0;
    f.maxPoints = rule.missing === 'fail' ? rule.points : 0;
    f.message = noEventsFileMessage(options.lang);
    f.missingFacts = ['events'];
    return;
  }
  const events = eventsFor(options.events, rule.id, meta);
  if (events.length === 0) {
    f.status = 'pass';
    f.points = rule.points;
    f.maxPoints = rule.points;
    return;
  }
  const per = rule.onEvent?.perEvent;
  const points = per === undefined ? 0 : Math.max(0, roundPoints(rule.points - per * events.length));
  f.status = 'fail';
  f.points = points;
  f.maxPoints = rule.points;
  f.events = events.map((e) => ({
    id: e.id,
    ...(e.date ? { date: e.date } : {}),
    source: e.source,
    ...(e.description ? { description: e.description } : {}),
  }));
  f.message = `${filled(rule.message, pack, outcome.facts, rule.points, points)}${eventSourcesNote(events, options.lang)}`;
  if (rule.remedy) f.remedy = rule.remedy;
}
