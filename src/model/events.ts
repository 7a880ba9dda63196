import { z } from 'zod';
import { IsoDate, RuleId } from './common.js';

/**
 * An assessor-recorded event (被上级通报的重大违法行政事件, a 督察 finding …): the only source
 * of vetoes and fixed deductions. Never inferred from a report's words — a 司法局 writing that
 * it criticised a unit it supervises must not be vetoed.
 */
export const AssessmentEvent = z
  .object({
    id: z.string().min(1).describe('the office’s own reference for the event, e.g. 2024-通报-03'),
    unit: z.string().min(1).describe('the unit concerned: the authority named in its report, or the report file name'),
    year: z.number().int().optional().describe('the report year it counts against (any year when absent)'),
    rule: RuleId.describe('the rule it scores: a rule of the pack with onEvent'),
    date: IsoDate.optional(),
    source: z.string().min(1).describe('the document the event is recorded in, e.g. 某市依法治市办通报〔2024〕3号'),
    description: z.string().min(1).optional(),
  })
  .strict();
export type AssessmentEvent = z.infer<typeof AssessmentEvent>;

export const EventsFile = z.object({ events: z.array(AssessmentEvent) }).strict();
export type EventsFile = z.infer<typeof EventsFile>;
