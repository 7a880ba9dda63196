import { Engine, type RuleResult } from 'json-rules-engine';
import type { Explanation } from '../model/assessment.js';
import type { ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import type { OperatorLookup } from './compile-condition.js';
import { explain } from './explain.js';
import { factMap, type FactMap } from './derived-facts.js';
import { CUSTOM_OPERATORS, withNumberShortcut } from './operators.js';
import { resolvePath } from './paths.js';
import { allPresent, firstStated } from './stated.js';
import { prepareRule, type Prepared } from './prepare-rule.js';
import type { RuleOutcome } from './rule-outcome.js';

export type { RuleOutcome } from './rule-outcome.js';

/**
 * compiled: conditions compiled once into closures (the default: ~two orders of magnitude faster);
 * reference: json-rules-engine's own Engine.run. Both give identical outcomes and explanations —
 * a differential test runs them side by side on thousands of fact sets.
 */
export type EvaluatorMode = 'compiled' | 'reference';

export interface EvaluateOptions {
  /** false: no condition trees (statuses and tiers are the same); default true */
  explain?: boolean;
  /**
   * false, without trees: a rule met by a condition that means passing (all or nothing, or a tier worth all its
   * points; no deduction or events) carries no facts — a batch's passed finding shows none (score/assess.ts
   * passDetail), so none is gathered; default true
   */
  passFacts?: boolean;
}

/** Outcomes that name no missing fact, or read none: one shared empty value each, not one per rule per report. */
const NONE_MISSING = Object.freeze([]) as unknown as string[];
const NO_FACTS: Record<string, unknown> = Object.freeze({});

/** Per engine rule name, the evaluated condition tree; or the rule's error. */
type Trees = { trees: Map<string, Explanation>; errors: Map<string, string> };

/**
 * Applies one pack to reports. Built once per pack. In reference mode the json-rules-engine
 * Engine's runs are queued one at a time, because an Engine keeps a single run status and
 * overlapping runs silently lose rule results.
 */
export class Evaluator {
  private readonly engine: Engine;
  private readonly prepared: Prepared[];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pack: Pack,
    private readonly mode: EvaluatorMode = 'compiled',
  ) {
    this.engine = this.buildEngine([]);
    const library = (this.engine as unknown as { operators: { get: OperatorLookup } }).operators;
    const numeric = (library.get('lessThan') as { factValueValidator?: unknown } | undefined)?.factValueValidator;
    const operators: OperatorLookup = (name) => {
      const op = library.get(name);
      return op ? withNumberShortcut(op, numeric) : op;
    };
    this.prepared = pack.rules.map((compiled) => prepareRule(compiled, pack, operators));
    // The compiled mode uses the Engine only for its operator objects; rules are added for the reference run.
    if (mode === 'reference') for (const p of this.prepared) this.addRules(this.engine, p);
  }

  private buildEngine(prepared: Prepared[]): Engine {
    const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: resolvePath as never });
    for (const op of CUSTOM_OPERATORS) engine.addOperator(op);
    for (const [name, condition] of Object.entries(this.pack.conditions)) engine.setCondition(name, condition as never);
    for (const p of prepared) this.addRules(engine, p);
    return engine;
  }

  private addRules(engine: Engine, p: Prepared): void {
    const { rule } = p.compiled;
    p.conditions.forEach((c, i) => {
      engine.addRule({
        name: p.names[i],
        conditions: c as never,
        event: { type: rule.id },
        ...(rule.priority ? { priority: rule.priority } : {}),
      });
    });
  }

  /** Evaluates every rule of the pack on one report, in pack order. */
  evaluate(report: ReportData, options: EvaluateOptions = {}): Promise<RuleOutcome[]> {
    if (this.mode === 'compiled') return Promise.resolve(this.evaluateSync(report, options));
    const run = this.queue.then(() => this.evaluateWithEngine(report));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The compiled path, synchronous, for batch loops: `explain: false` skips the condition trees (same statuses, tiers).
   */
  evaluateSync(report: ReportData, { explain = true, passFacts = true }: EvaluateOptions = {}): RuleOutcome[] {
    const facts = factMap(report, this.pack.derived);
    // Pushed, not mapped: map() makes a holey array when its callback is deoptimised midway, a kind assess then meets.
    const outcomes: RuleOutcome[] = [];
    for (let i = 0; i < this.prepared.length; i++)
      outcomes.push(this.ruleOutcome(this.prepared[i]!, facts, explain, passFacts));
    return outcomes;
  }

  private ruleOutcome(p: Prepared, facts: FactMap, explain: boolean, passFacts: boolean): RuleOutcome {
    // A rule missing a fact is not evaluated: its conditions could not decide it anyway.
    const early = this.decidedEarly(p, facts);
    if (early) return early;
    let tier = -1;
    let trees: Explanation[] | undefined; // only when asked for: a batch, 40-odd rules per report, never asks
    try {
      if (explain) trees = p.closures.map((run) => run(facts));
      else tier = this.firstHolding(p, facts);
    } catch (e) {
      return this.failed(p, facts, (e as Error).message);
    }
    if (trees !== undefined) return this.decided(p, facts, trees, explain);
    return this.tiered(p, facts, tier, passFacts || !p.passesWhenMetBy[tier]);
  }

  /**
   * Without trees: the first decidable condition (or tier) that holds, -1 for none. Every test runs, as with
   * trees, so a later tier that throws is still the rule's error; no tree or list of results is built.
   */
  private firstHolding(p: Prepared, facts: FactMap): number {
    let tier = -1;
    for (let i = 0; i < p.tests.length; i++) {
      const holds = p.tests[i]!(facts);
      if (tier < 0 && holds && (!p.tierRequirements || allPresent(facts, p.tierRequirements[i]!))) tier = i;
    }
    return tier;
  }

  private async evaluateWithEngine(report: ReportData): Promise<RuleOutcome[]> {
    const facts = factMap(report, this.pack.derived);
    // json-rules-engine takes its runtime facts as a plain object.
    const runtimeFacts = Object.fromEntries(facts);
    const trees = new Map<string, Explanation>();
    const errors = new Map<string, string>();
    const collect = (results: RuleResult[]) => {
      for (const r of results) {
        // The library sets results on nested nodes only; the top node's is the rule's.
        trees.set(String(r.name), { ...explain((r as unknown as { conditions: never }).conditions), result: r.result });
      }
    };
    try {
      const run = await this.engine.run(runtimeFacts);
      collect([...run.results, ...run.failureResults]);
    } catch {
      // One rule's bug must not hide the others: evaluate each alone to find which failed.
      for (const p of this.prepared) {
        try {
          const run = await this.buildEngine([p]).run(runtimeFacts);
          collect([...run.results, ...run.failureResults]);
        } catch (e) {
          errors.set(p.compiled.rule.id, (e as Error).message);
        }
      }
    }
    return this.outcomes(facts, { trees, errors });
  }

  private outcomes(facts: FactMap, { trees, errors }: Trees, explain = true): RuleOutcome[] {
    return this.prepared.map((p) => this.outcome(p, facts, trees, errors.get(p.compiled.rule.id), explain));
  }

  /**
   * A rule decided before its conditions run (not applicable, a fact missing, a deduction), or the error
   * met on the way.
   */
  private decidedEarly(p: Prepared, facts: FactMap): RuleOutcome | undefined {
    try {
      return this.notApplicable(p, facts) ?? this.missingOrDeduct(p, facts);
    } catch (e) {
      return this.failed(p, facts, (e as Error).message);
    }
  }

  /** A rule that could not be evaluated: a fault shown as the rule's error, never a silent fail. */
  private failed(p: Prepared, facts: FactMap, error: string): RuleOutcome {
    return {
      ruleId: p.compiled.rule.id,
      status: 'error',
      facts: this.used(p, facts),
      missingFacts: NONE_MISSING,
      error,
    };
  }

  private outcome(
    p: Prepared,
    facts: FactMap,
    trees: Map<string, Explanation>,
    error: string | undefined,
    explain: boolean,
  ): RuleOutcome {
    const early = this.decidedEarly(p, facts);
    if (early) return early;
    if (error !== undefined) return this.failed(p, facts, error);
    const evaluated = p.names.map((n) => trees.get(n));
    if (evaluated.some((t) => t === undefined)) {
      // Never a silent fail: a result the engine did not return is a fault, shown as one.
      return this.failed(p, facts, 'json-rules-engine returned no result for this rule');
    }
    return this.decided(p, facts, evaluated as Explanation[], explain);
  }

  /** The values of the facts the rule reads that the report has. */
  private used(p: Prepared, facts: FactMap): Record<string, unknown> {
    const used: Record<string, unknown> = {};
    const ids = p.compiled.readFacts;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const value = facts.get(id);
      if (id !== 'report' && id !== 'sections' && value !== undefined) used[id] = value;
    }
    return used;
  }

  /**
   * Not applicable before anything else: the reporter's role is not one the rule applies to
   * (an unknown role applies every rule), or the report states there was nothing to assess.
   * The notApplicable condition is this project's layer over json-rules-engine, so both
   * modes judge it with the same compiled test; it holds only when every fact it reads is stated.
   */
  private notApplicable(p: Prepared, facts: FactMap): RuleOutcome | undefined {
    const { rule } = p.compiled;
    const role = (facts.get('report') as { role?: string } | undefined)?.role;
    if (rule.appliesTo && role !== undefined && !(rule.appliesTo as string[]).includes(role)) {
      return {
        ruleId: rule.id,
        status: 'not_applicable',
        notApplicable: 'role',
        facts: NO_FACTS,
        missingFacts: NONE_MISSING,
      };
    }
    // "本年度未发生诉讼案件" or "应出庭0件": any stated alternative is enough; an unstated one proves nothing.
    const holds = firstStated(p.notApplicable, facts);
    if (!holds) return undefined;
    const used: Record<string, unknown> = {};
    const { requirements } = holds;
    for (let i = 0; i < requirements.length; i++) {
      const r = requirements[i]!;
      if (r.fact !== 'report' && r.fact !== 'sections') used[r.fact] = facts.get(r.fact);
    }
    return {
      ruleId: rule.id,
      status: 'not_applicable',
      notApplicable: 'stated',
      facts: used,
      missingFacts: NONE_MISSING,
    };
  }

  /** The outcome when no condition needs evaluating: a fact is absent, or the rule is a deduction. */
  private missingOrDeduct(p: Prepared, facts: FactMap): RuleOutcome | undefined {
    const ruleId = p.compiled.rule.id;
    // Tiers are alternatives (a count > a description): the rule is missing only when no tier can be decided.
    const anyAbsent = p.tierRequirements
      ? !p.tierRequirements.some((reqs) => allPresent(facts, reqs))
      : !allPresent(facts, p.requirements);
    // Name what the report should state: a derived fact's absent inputs, a metadata field by its path.
    if (anyAbsent)
      return { ruleId, status: 'missing', facts: this.used(p, facts), missingFacts: p.missingFacts(facts) };
    // deduct: scored from the fact alone
    if (p.names.length === 0) return { ruleId, status: 'met', facts: this.used(p, facts), missingFacts: NONE_MISSING };
    return undefined;
  }

  /** Met or unmet from the evaluated conditions (one, or one per tier: the first decidable one that holds). */
  private decided(p: Prepared, facts: FactMap, evaluated: Explanation[], explain: boolean): RuleOutcome {
    let tier = -1;
    for (let i = 0; i < evaluated.length; i++) {
      if (p.tierRequirements && !allPresent(facts, p.tierRequirements[i]!)) continue;
      if (evaluated[i]!.result === true) {
        tier = i;
        break;
      }
    }
    const outcome = this.tiered(p, facts, tier);
    const tiers = p.compiled.rule.tiers !== undefined;
    if (explain) outcome.explain = tiers ? { kind: 'any', result: tier >= 0, children: evaluated } : evaluated[0]!;
    return outcome;
  }

  /** Met by the tier (or condition) at `tier`, unmet at -1. */
  private tiered(p: Prepared, facts: FactMap, tier: number, withFacts = true): RuleOutcome {
    const outcome: RuleOutcome = {
      ruleId: p.compiled.rule.id,
      status: tier >= 0 ? 'met' : 'unmet',
      facts: withFacts || tier < 0 ? this.used(p, facts) : NO_FACTS,
      missingFacts: NONE_MISSING,
    };
    if (p.compiled.rule.tiers !== undefined && tier >= 0) outcome.tier = tier;
    return outcome;
  }
}
