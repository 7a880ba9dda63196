import { Engine, type RuleResult } from 'json-rules-engine';
import type { Explanation } from '../model/assessment.js';
import type { TopLevelCondition } from '../model/condition.js';
import type { ReportData } from '../model/report.js';
import type { CompiledRule, Pack } from '../pack/compiled-pack.js';
import {
  compileCondition,
  type CompiledCondition,
  type CompiledTest,
  type OperatorLookup,
} from './compile-condition.js';
import { explain } from './explain.js';
import { factMap, type FactMap } from './derived-facts.js';
import { CUSTOM_OPERATORS, withNumberShortcut } from './operators.js';
import { resolvePath } from './paths.js';
import { allPresent, missingFactsOf } from './stated.js';
import { requirementsOf, requirementsOfConditions, type Requirement } from '../pack/requirements.js';
import type { RuleOutcome } from './rule-outcome.js';

export type { RuleOutcome } from './rule-outcome.js';

/**
 * compiled: conditions compiled once into closures (the default: ~two orders of magnitude faster);
 * reference: json-rules-engine's own Engine.run. Both give identical outcomes and explanations —
 * a differential test runs them side by side on thousands of fact sets.
 */
export type EvaluatorMode = 'compiled' | 'reference';

interface Prepared {
  compiled: CompiledRule;
  requirements: Requirement[];
  /** what the rule's missing outcome names, for one report (stated.ts) */
  missingFacts: (facts: FactMap) => string[];
  /** tiers only: what each tier reads — a tier whose facts are absent is skipped, not failed */
  tierRequirements?: Requirement[][];
  /**
   * the rule's notApplicable condition as alternatives (the branches of a top-level `any`, or the
   * whole condition): each holds only when every fact it reads is stated
   */
  notApplicable?: Array<{ requirements: Requirement[]; test: CompiledTest }>;
  /** engine rule names: the rule itself, or one per tier */
  names: string[];
  conditions: unknown[];
  closures: CompiledCondition[];
  tests: CompiledTest[];
}

/** Results without trees, for the result-only path. */
const MET: Explanation = { kind: 'all', result: true };
const UNMET: Explanation = { kind: 'all', result: false };

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
    this.prepared = pack.rules.map((compiled) => {
      const { rule } = compiled;
      const conditions = rule.tiers ? rule.tiers.map((t) => t.when) : rule.when ? [rule.when] : [];
      const closures = conditions.map((c) => compileCondition(c, pack.conditions, operators));
      const na = rule.notApplicable;
      const requirements = requirementsOf(rule, pack.conditions);
      return {
        compiled,
        requirements,
        missingFacts: missingFactsOf(requirements, pack.catalog),
        ...(rule.tiers
          ? { tierRequirements: rule.tiers.map((t) => requirementsOfConditions([t.when], pack.conditions)) }
          : {}),
        ...(na
          ? {
              notApplicable: ('any' in na.when
                ? na.when.any.map((c) => ({ all: [c] }) as TopLevelCondition)
                : [na.when]
              ).map((c) => ({
                requirements: requirementsOfConditions([c], pack.conditions),
                test: compileCondition(c, pack.conditions, operators).test,
              })),
            }
          : {}),
        names: rule.tiers ? rule.tiers.map((_, t) => `${rule.id}#${t}`) : rule.when ? [rule.id] : [],
        conditions,
        closures: closures.map((c) => c.explain),
        tests: closures.map((c) => c.test),
      };
    });
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
  evaluate(report: ReportData, options: { explain?: boolean } = {}): Promise<RuleOutcome[]> {
    if (this.mode === 'compiled') return Promise.resolve(this.evaluateSync(report, options));
    const run = this.queue.then(() => this.evaluateWithEngine(report));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The compiled path, synchronous: for batch loops that need no promise per report.
   * `explain: false` skips building the condition trees — statuses and tiers are the same.
   */
  evaluateSync(report: ReportData, { explain = true }: { explain?: boolean } = {}): RuleOutcome[] {
    const facts = factMap(report, this.pack.derived);
    return this.prepared.map((p) => {
      // A rule missing a fact is not evaluated: its conditions could not decide it anyway.
      const early = this.decidedEarly(p, facts);
      if (early) return early;
      const trees: Explanation[] = [];
      try {
        if (explain) for (const run of p.closures) trees.push(run(facts));
        else for (const test of p.tests) trees.push(test(facts) ? MET : UNMET);
      } catch (e) {
        return this.failed(p, facts, (e as Error).message);
      }
      return this.decided(p, facts, trees, explain);
    });
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
    return { ruleId: p.compiled.rule.id, status: 'error', facts: this.used(p, facts), missingFacts: [], error };
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
    for (const id of p.compiled.readFacts) {
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
      return { ruleId: rule.id, status: 'not_applicable', notApplicable: 'role', facts: {}, missingFacts: [] };
    }
    // "本年度未发生诉讼案件" or "应出庭0件": any stated alternative is enough; an unstated one proves nothing.
    const holds = p.notApplicable?.find((na) => allPresent(facts, na.requirements) && na.test(facts));
    if (!holds) return undefined;
    const used: Record<string, unknown> = {};
    for (const r of holds.requirements)
      if (r.fact !== 'report' && r.fact !== 'sections') used[r.fact] = facts.get(r.fact);
    return { ruleId: rule.id, status: 'not_applicable', notApplicable: 'stated', facts: used, missingFacts: [] };
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
    if (p.names.length === 0) return { ruleId, status: 'met', facts: this.used(p, facts), missingFacts: [] };
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
    const tiers = p.compiled.rule.tiers !== undefined;
    const outcome: RuleOutcome = {
      ruleId: p.compiled.rule.id,
      status: tier >= 0 ? 'met' : 'unmet',
      facts: this.used(p, facts),
      missingFacts: [],
    };
    if (tiers && tier >= 0) outcome.tier = tier;
    if (explain) outcome.explain = tiers ? { kind: 'any', result: tier >= 0, children: evaluated } : evaluated[0]!;
    return outcome;
  }
}
