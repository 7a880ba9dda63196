import type { Finding } from '../model/assessment.js';
import type { CompiledRule } from '../pack/compiled-pack.js';
import type { RulePoints } from './rule-points.js';
import type { ReportRole } from '../model/report.js';
import type { Lang } from '../util/lang.js';
import { notForRoleMessage } from './finding-messages.js';

type Rule = CompiledRule['rule'];

/**
 * The passed findings made so far for each rule: one per points and tier. A rule passes with its full points or
 * a tier worth them, so it has one or a few; the bound only keeps an odd pack from growing the list without end.
 */
const made = new WeakMap<Rule, Finding[]>();
const KEPT_PER_RULE = 8;

/**
 * A passed finding without facts, quotes or tree (a batch's most common finding, three in five). It says nothing
 * about its report, so every report shares one frozen object per rule, points and tier: none is built or kept per
 * report, every one has the same shape whatever its rule (each read of one meets fewer shapes: totals, compact,
 * the outputs), and an output may write one once for all the reports that share it. A field the rule does not
 * have is undefined, which JSON leaves out as it would an absent key, in the same key order; a passed finding is
 * never waived. Frozen: code that would change it must copy it (batch/scorer.ts stripPackText).
 */
export function passedFinding(rule: Rule, { points, detail }: RulePoints): Finding {
  const tier = detail && rule.tiers ? detail : undefined;
  let list = made.get(rule);
  if (list === undefined) made.set(rule, (list = []));
  for (let i = 0; i < list.length; i++) {
    const f = list[i]!;
    if (f.points === points && f.tier === tier) return f;
  }
  const f: Finding = Object.freeze({
    ruleId: rule.id,
    category: rule.category,
    title: rule.title,
    severity: rule.severity,
    veto: rule.veto,
    gate: rule.gate ? true : undefined,
    basis: rule.basis ? rule.basis : undefined,
    status: 'pass',
    points,
    maxPoints: rule.points,
    tier,
  });
  if (list.length < KEPT_PER_RULE) list.push(f);
  return f;
}

/** The findings of rules not meant for a role, made so far: per rule, per role and language. */
const forRole = new WeakMap<Rule, Map<ReportRole | undefined, Partial<Record<Lang, Finding>>>>();

/**
 * A rule not meant for the reporter's role (不适用, two or three in every report): it quotes nothing, scores nothing
 * and says the same on every report of that role, so those reports share one frozen finding per rule, role and
 * language, the open literal below with its status and message (the same keys in the same order); never waived.
 */
export function notForRoleFinding(rule: Rule, role: ReportRole | undefined, lang: Lang): Finding {
  let byRole = forRole.get(rule);
  if (byRole === undefined) forRole.set(rule, (byRole = new Map()));
  let byLang = byRole.get(role);
  if (byLang === undefined) byRole.set(role, (byLang = {}));
  let f = byLang[lang];
  if (f === undefined) {
    f = openFinding(rule, undefined);
    f.status = 'not_applicable';
    f.message = notForRoleMessage(rule.appliesTo ?? [], role, lang);
    byLang[lang] = Object.freeze(f);
  }
  return f;
}

/**
 * Every other finding starts as this one literal, with every key a finding can have, in the order the JSON shows
 * them (assess.ts and finding-events.ts then set the ones that apply; a waiver or a review is added last, by a
 * copy). A key left undefined is left out of the JSON as an absent one would be. One shape for all of them, built
 * whole: no map transition and no grown property store per field set, and the code that reads findings (totals,
 * compact, the outputs, JSON) meets two shapes, this and the passed one, instead of a dozen. A finding with its
 * condition tree (`check`) is the same literal with `explain` in its place; a batch's have no such key.
 */
export function openFinding(rule: Rule, explain: Finding['explain']): Finding {
  const gate = rule.gate ? true : undefined;
  const basis = rule.basis ? rule.basis : undefined;
  if (explain !== undefined) return withTree(rule, gate, basis, explain);
  return {
    ruleId: rule.id,
    category: rule.category,
    title: rule.title,
    severity: rule.severity,
    veto: rule.veto,
    gate,
    facts: undefined,
    evidence: undefined,
    basis,
    // set by every kind of finding before it is returned
    status: 'error',
    points: 0,
    maxPoints: 0,
    tier: undefined,
    events: undefined,
    message: undefined,
    error: undefined,
    missingFacts: undefined,
    lookedFor: undefined,
    remedy: undefined,
  };
}

/** openFinding's literal with the condition tree after `basis`, where the JSON has always shown it. */
function withTree(rule: Rule, gate: true | undefined, basis: string | undefined, explain: Finding['explain']): Finding {
  return {
    ruleId: rule.id,
    category: rule.category,
    title: rule.title,
    severity: rule.severity,
    veto: rule.veto,
    gate,
    facts: undefined,
    evidence: undefined,
    basis,
    explain,
    status: 'error',
    points: 0,
    maxPoints: 0,
    tier: undefined,
    events: undefined,
    message: undefined,
    error: undefined,
    missingFacts: undefined,
    lookedFor: undefined,
    remedy: undefined,
  };
}
