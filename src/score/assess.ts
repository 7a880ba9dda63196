import type { Assessment, Finding } from '../model/assessment.js';
import type { ReportData } from '../model/report.js';
import type { Waiver } from '../model/waiver.js';
import type { CompiledRule, Pack } from '../pack/compiled-pack.js';
import { fillTemplate } from '../pack/template.js';
import type { RuleOutcome } from '../engine/evaluator.js';
import { rulePoints } from './rule-points.js';
import { eventsFor, findWaiver } from './assessor-match.js';
import type { Lang } from '../util/lang.js';
import {
  eventSourcesNote,
  missingFactLabel,
  noEventsFileMessage,
  notForRoleMessage,
  notStatedMessage,
} from './finding-messages.js';
import type { AssessmentEvent } from '../model/events.js';
import { scoreTotals } from './totals.js';
import { isWaivable } from './shortfall.js';
import { roundPoints } from '../util/numbers.js';
import { evidenceFor, howRead, lookedFor } from './finding-evidence.js';

export interface AssessOptions {
  waivers?: readonly Waiver[];
  /** assessor-recorded events (--events); absent: rules scored from events are `missing` (需人工核对) */
  events?: readonly AssessmentEvent[];
  /** the day waivers are judged against, YYYY-MM-DD */
  asOf: string;
  lang?: Lang;
  /** false: leave out each finding's explain tree (batch keeps only a compact assessment); default true */
  explain?: boolean;
}

/** Turns rule outcomes into the scored assessment: points, waivers, veto, categories, grade. */
export function assess(
  pack: Pack,
  report: ReportData,
  file: string,
  outcomes: RuleOutcome[],
  options: AssessOptions,
): Assessment {
  const meta = {
    file,
    ...pick(report.report, ['authority', 'region', 'year', 'role'] as const),
    ...howRead(report, options.lang),
  };
  const findings = pack.rules.map((compiled, i) => finding(pack, compiled, outcomes[i]!, report, meta, options));
  const totals = scoreTotals(pack, findings, options.lang);
  return {
    report: meta,
    pack: { id: pack.manifest.id, title: pack.manifest.title, version: pack.manifest.version },
    score: totals.score,
    maxScore: totals.maxScore,
    percent: totals.percent,
    grade: totals.grade,
    vetoed: totals.vetoed,
    ...(totals.vetoedBy ? { vetoedBy: totals.vetoedBy } : {}),
    returned: totals.returned,
    ...(totals.returnedBy ? { returnedBy: totals.returnedBy } : {}),
    counts: totals.counts,
    categories: totals.categories,
    ...(totals.deadlines ? { deadlines: totals.deadlines } : {}),
    findings,
  };
}

function finding(
  pack: Pack,
  compiled: CompiledRule,
  outcome: RuleOutcome,
  report: ReportData,
  meta: { file: string; authority?: string; year?: number },
  options: AssessOptions,
): Finding {
  const { rule } = compiled;
  // Built field by field, in the order the JSON shows them: object spreads here cost a batch a fifth of its time.
  const f = {
    ruleId: rule.id,
    category: rule.category,
    title: rule.title,
    severity: rule.severity,
    veto: rule.veto,
  } as Finding;
  if (rule.gate) f.gate = true;
  for (const _ in outcome.facts) {
    f.facts = outcome.facts as Finding['facts'];
    break;
  }
  // A rule that is not for this role quotes nothing: the report's figures have no bearing on it.
  const evidence =
    outcome.notApplicable === 'role'
      ? undefined
      : evidenceFor(compiled, report, outcome.status === 'not_applicable' ? compiled.naFacts : compiled.readFacts);
  if (evidence) f.evidence = evidence;
  if (rule.basis) f.basis = rule.basis;
  if (outcome.explain && options.explain !== false) f.explain = outcome.explain;
  const display = (name: string, value: unknown) => pack.catalog.valueLabel(name, value);
  const values = (points: number) => ({ ...outcome.facts, maxPoints: rule.points, points });
  if (outcome.status === 'not_applicable') {
    f.status = 'not_applicable';
    f.points = 0;
    f.maxPoints = 0;
    f.message = notApplicableMessage(rule, outcome, report, options.lang, display);
  } else if (outcome.status === 'error') {
    f.status = 'error';
    f.points = 0;
    f.maxPoints = rule.points;
    f.message = outcome.error;
    f.error = outcome.error;
  } else if (outcome.status === 'missing') {
    scoreMissing(f, pack, rule, outcome, report, options.lang ?? 'zh', values, display);
  } else if (rule.onEvent) {
    scoreFromEvents(f, rule, meta, options, values, display);
  } else {
    scoreFromFacts(f, rule, outcome, values, display);
  }
  return applyWaiver(f, options, meta);
}

type Values = (points: number) => Record<string, unknown>;
type Display = (name: string, value: unknown) => string | undefined;

/**
 * A rule whose facts the report does not state: 未载明, counted in the maximum unless the rule's `missing` says
 * otherwise.
 */
function scoreMissing(
  f: Finding,
  pack: Pack,
  rule: CompiledRule['rule'],
  outcome: RuleOutcome,
  report: ReportData,
  lang: Lang,
  values: Values,
  display: Display,
): void {
  f.status = 'missing';
  if (rule.missing === 'info') f.severity = 'info';
  f.points = 0;
  f.maxPoints = rule.missing === 'fail' ? rule.points : 0;
  const labels = () =>
    outcome.missingFacts.map((m) => {
      const [fact, ...path] = m.split('.');
      return missingFactLabel(pack.catalog.label(fact!, lang), path.join('.') || undefined, lang);
    });
  f.message = rule.missingMessage
    ? fillTemplate(rule.missingMessage, values(0), display)
    : notStatedMessage(labels(), lang);
  f.missingFacts = outcome.missingFacts;
  const words = lookedFor(report, outcome.missingFacts);
  if (words) f.lookedFor = words;
  if (rule.remedy) f.remedy = rule.remedy;
}

/**
 * A rule whose facts are all stated: its points (all or nothing, a tier, a deduction) and, short of them, its
 * message.
 */
function scoreFromFacts(
  f: Finding,
  rule: CompiledRule['rule'],
  outcome: RuleOutcome,
  values: Values,
  display: Display,
): void {
  const { points, passed, detail } = rulePoints(rule, outcome);
  f.status = passed ? 'pass' : 'fail';
  f.points = points;
  f.maxPoints = rule.points;
  if (detail && rule.tiers) f.tier = detail;
  if (!passed) {
    // the tier that decided the shortfall may say why in its own words (a rate stated over 0 cases)
    const tierMessage = outcome.tier === undefined ? undefined : rule.tiers?.[outcome.tier]?.message;
    f.message = fillTemplate(tierMessage ?? rule.message, values(points), display);
    if (rule.remedy) f.remedy = rule.remedy;
  }
}

/** Why the rule does not apply: the pack's own words for a stated zero, or the role it is not meant for. */
function notApplicableMessage(
  rule: CompiledRule['rule'],
  outcome: RuleOutcome,
  report: ReportData,
  lang: Lang | undefined,
  display: Display,
): string {
  if (outcome.notApplicable === 'stated' && rule.notApplicable)
    return fillTemplate(rule.notApplicable.message, { ...outcome.facts, points: 0, maxPoints: rule.points }, display);
  return notForRoleMessage(rule.appliesTo ?? [], report.report.role, lang);
}

/**
 * A rule scored from assessor-recorded events: none recorded → pass; each one deducts (or takes every point, and
 * vetoes when the rule does).
 */
function scoreFromEvents(
  f: Finding,
  rule: CompiledRule['rule'],
  meta: { file: string; authority?: string; year?: number },
  options: AssessOptions,
  values: Values,
  display: Display,
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
  f.message = `${fillTemplate(rule.message, values(points), display)}${eventSourcesNote(events, options.lang)}`;
  if (rule.remedy) f.remedy = rule.remedy;
}

function applyWaiver(
  f: Finding,
  options: AssessOptions,
  meta: { file: string; authority?: string; year?: number },
): Finding {
  if (!isWaivable(f) || !options.waivers) return f;
  const w = findWaiver(options.waivers, f.ruleId, meta);
  if (!w) return f;
  const expired = w.expires < options.asOf;
  const waiver = { reason: w.reason, approver: w.approver, expires: w.expires, expired };
  // An expired waiver is shown beside the failure it no longer covers.
  return expired ? { ...f, waiver } : { ...f, status: 'waived', points: 0, maxPoints: 0, waiver };
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
