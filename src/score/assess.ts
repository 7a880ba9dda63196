import type { Assessment, Finding } from '../model/assessment.js';
import type { ReportData } from '../model/report.js';
import type { Waiver } from '../model/waiver.js';
import type { CompiledRule, Pack } from '../pack/compiled-pack.js';
import type { RuleOutcome } from '../engine/evaluator.js';
import { rulePoints, type RulePoints } from './rule-points.js';
import { eventsFor, findWaiver } from './assessor-match.js';
import type { Lang } from '../util/lang.js';
import { missingFactLabel, notForRoleMessage, notStatedMessage } from './finding-messages.js';
import { filled } from './filled.js';
import { scoreFromEvents } from './finding-events.js';
import type { AssessmentEvent } from '../model/events.js';
import { scoreTotals } from './totals.js';
import { BoundedMap } from '../util/bounded-map.js';
import { isWaivable } from './shortfall.js';
import { evidenceFor, howRead, lookedFor, type Quoted } from './finding-evidence.js';
import { notForRoleFinding, openFinding, passedFinding } from './finding-shapes.js';

export interface AssessOptions {
  waivers?: readonly Waiver[];
  /** assessor-recorded events (--events); absent: rules scored from events are `missing` (需人工核对) */
  events?: readonly AssessmentEvent[];
  /** the day waivers are judged against, YYYY-MM-DD */
  asOf: string;
  lang?: Lang;
  /** false: leave out each finding's explain tree (batch keeps only a compact assessment); default true */
  explain?: boolean;
  /**
   * false: a passed finding carries no facts or quotes (a batch's outputs show only shortfalls, and
   * batch/scorer.ts drops them anyway): neither is built for the most common finding; default true
   */
  passDetail?: boolean;
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
  // each piece of the report's evidence quoted as one object, however many findings cite it
  const quoted: Quoted = new Map();
  // Pushed, not mapped: Array.prototype.map gives a holey array when its callback is deoptimised midway, and that
  // other kind of array made every reader of findings (totals, compact, the outputs) throw its optimised code away.
  const findings: Finding[] = [];
  for (let i = 0; i < pack.rules.length; i++)
    findings.push(finding(pack, pack.rules[i]!, outcomes[i]!, report, meta, options, quoted));
  const totals = scoreTotals(pack, findings, options.lang);
  // Key by key in the order the JSON shows them: conditional spreads cost a copy each.
  const assessment = {
    report: meta,
    pack: { id: pack.manifest.id, title: pack.manifest.title, version: pack.manifest.version },
    score: totals.score,
    maxScore: totals.maxScore,
    percent: totals.percent,
    grade: totals.grade,
    vetoed: totals.vetoed,
  } as Assessment;
  if (totals.vetoedBy) assessment.vetoedBy = totals.vetoedBy;
  assessment.returned = totals.returned;
  if (totals.returnedBy) assessment.returnedBy = totals.returnedBy;
  assessment.counts = totals.counts;
  assessment.categories = totals.categories;
  if (totals.deadlines) assessment.deadlines = totals.deadlines;
  assessment.findings = findings;
  return assessment;
}

function finding(
  pack: Pack,
  compiled: CompiledRule,
  outcome: RuleOutcome,
  report: ReportData,
  meta: { file: string; authority?: string; year?: number },
  options: AssessOptions,
  quoted: Quoted,
): Finding {
  const { rule } = compiled;
  const scored = outcome.status === 'met' || outcome.status === 'unmet' ? rulePoints(rule, outcome) : undefined;
  if (
    scored?.passed &&
    options.passDetail === false &&
    !rule.onEvent &&
    !(outcome.explain && options.explain !== false)
  )
    return passedFinding(rule, scored);
  if (
    outcome.notApplicable === 'role' &&
    options.passDetail === false &&
    !(outcome.explain && options.explain !== false)
  )
    return notForRoleFinding(rule, report.report.role, options.lang ?? 'zh');
  // One literal with every key (finding-shapes.ts), then the ones that apply set: object spreads here cost a batch a
  // fifth of its time.
  const f = openFinding(rule, outcome.explain && options.explain !== false ? outcome.explain : undefined);
  if (options.passDetail !== false || !passes(rule, scored, options, meta))
    quoteFacts(f, compiled, outcome, report, quoted);
  if (outcome.status === 'not_applicable') {
    f.status = 'not_applicable';
    f.points = 0;
    f.maxPoints = 0;
    f.message = notApplicableMessage(pack, rule, outcome, report, options.lang);
  } else if (outcome.status === 'error') {
    f.status = 'error';
    f.points = 0;
    f.maxPoints = rule.points;
    f.message = outcome.error;
    f.error = outcome.error;
  } else if (outcome.status === 'missing') {
    scoreMissing(f, pack, rule, outcome, report, options.lang ?? 'zh');
  } else if (rule.onEvent) {
    scoreFromEvents(f, pack, rule, outcome, meta, options);
  } else {
    scoreFromFacts(f, pack, rule, outcome, scored!);
  }
  return applyWaiver(f, options, meta);
}

/** Whether the finding will pass, judged before it is scored: its facts and quotes come before its status. */
function passes(
  rule: CompiledRule['rule'],
  scored: RulePoints | undefined,
  options: AssessOptions,
  meta: { file: string; authority?: string; year?: number },
): boolean {
  if (scored === undefined) return false;
  if (!rule.onEvent) return scored.passed;
  return options.events !== undefined && eventsFor(options.events, rule.id, meta).length === 0;
}

/** The values the rule read and the sentences they were read from. */
function quoteFacts(f: Finding, compiled: CompiledRule, outcome: RuleOutcome, report: ReportData, quoted: Quoted) {
  for (const _ in outcome.facts) {
    f.facts = outcome.facts as Finding['facts'];
    break;
  }
  // A rule that is not for this role quotes nothing: the report's figures have no bearing on it.
  const evidence =
    outcome.notApplicable === 'role'
      ? undefined
      : evidenceFor(
          compiled,
          report,
          outcome.status === 'not_applicable' ? compiled.naFacts : compiled.readFacts,
          quoted,
        );
  if (evidence) f.evidence = evidence;
}

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
): void {
  f.status = 'missing';
  if (rule.missing === 'info') f.severity = 'info';
  f.points = 0;
  f.maxPoints = rule.missing === 'fail' ? rule.points : 0;
  f.message = rule.missingMessage
    ? filled(rule.missingMessage, pack, outcome.facts, rule.points, 0)
    : notStated(pack, outcome.missingFacts, lang);
  f.missingFacts = outcome.missingFacts;
  const words = lookedFor(report, outcome.missingFacts);
  if (words) f.lookedFor = words;
  if (rule.remedy) f.remedy = rule.remedy;
}

/**
 * 报告未载明：… for the facts a report does not state, written once per pack, language and list: the lists are
 * the few subsets of each rule's inputs, met again on report after report (a third of a batch's findings).
 */
const notStatedSentences = new WeakMap<Pack, BoundedMap<string, string>>();

function notStated(pack: Pack, missing: string[], lang: Lang): string {
  let sentences = notStatedSentences.get(pack);
  if (sentences === undefined) notStatedSentences.set(pack, (sentences = new BoundedMap()));
  const key = `${lang}\n${missing.join('\n')}`;
  return sentences.get(key) ?? sentences.set(key, notStatedSentence(pack, missing, lang));
}

function notStatedSentence(pack: Pack, missing: string[], lang: Lang): string {
  const labels = missing.map((m) => {
    const [fact, ...path] = m.split('.');
    return missingFactLabel(pack.catalog.label(fact!, lang), path.join('.') || undefined, lang);
  });
  return notStatedMessage(labels, lang);
}

/**
 * A rule whose facts are all stated: its points (all or nothing, a tier, a deduction) and, short of them, its
 * message.
 */
function scoreFromFacts(
  f: Finding,
  pack: Pack,
  rule: CompiledRule['rule'],
  outcome: RuleOutcome,
  { points, passed, detail }: RulePoints,
): void {
  f.status = passed ? 'pass' : 'fail';
  f.points = points;
  f.maxPoints = rule.points;
  if (detail && rule.tiers) f.tier = detail;
  if (!passed) {
    // the tier that decided the shortfall may say why in its own words (a rate stated over 0 cases)
    const tierMessage = outcome.tier === undefined ? undefined : rule.tiers?.[outcome.tier]?.message;
    f.message = filled(tierMessage ?? rule.message, pack, outcome.facts, rule.points, points);
    if (rule.remedy) f.remedy = rule.remedy;
  }
}

/** Why the rule does not apply: the pack's own words for a stated zero, or the role it is not meant for. */
function notApplicableMessage(
  pack: Pack,
  rule: CompiledRule['rule'],
  outcome: RuleOutcome,
  report: ReportData,
  lang: Lang | undefined,
): string {
  if (outcome.notApplicable === 'stated' && rule.notApplicable)
    return filled(rule.notApplicable.message, pack, outcome.facts, rule.points, 0);
  return notForRoleMessage(rule.appliesTo ?? [], report.report.role, lang);
}

function applyWaiver(
  f: Finding,
  options: AssessOptions,
  meta: { file: string; authority?: string; year?: number },
): Finding {
  if (!options.waivers || !isWaivable(f)) return f;
  const w = findWaiver(options.waivers, f.ruleId, meta);
  if (!w) return f;
  const expired = w.expires < options.asOf;
  const waiver = { reason: w.reason, approver: w.approver, expires: w.expires, expired };
  // An expired waiver is shown beside the failure it no longer covers.
  return expired ? { ...f, waiver } : { ...f, status: 'waived', points: 0, maxPoints: 0, waiver };
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (o[k] !== undefined) out[k] = o[k];
  }
  return out;
}
