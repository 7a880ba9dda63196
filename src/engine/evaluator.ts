import { Engine, type RuleResult } from 'json-rules-engine';
import type { Explanation } from '../model/assessment.js';
import type { ReportData } from '../model/report.js';
import type { CompiledRule, Pack } from '../pack/compiled-pack.js';
import { explain } from './explain.js';
import { factMap, type FactMap } from './derived-facts.js';
import { CUSTOM_OPERATORS } from './operators.js';
import { resolvePath } from './paths.js';
import { requirementsOf, type Requirement } from './requirements.js';

/** What evaluating one rule on one report found, before any points are given. */
export interface RuleOutcome {
  ruleId: string;
  /** met: conditions hold; unmet: they do not; missing: a fact it reads is absent; error: could not evaluate */
  status: 'met' | 'unmet' | 'missing' | 'error';
  /** index of the first tier whose condition holds */
  tier?: number;
  /** values of the facts the rule reads (derived facts with their inputs) that the report has */
  facts: FactMap;
  missingFacts: string[];
  explain?: Explanation;
  error?: string;
}

interface Prepared {
  compiled: CompiledRule;
  requirements: Requirement[];
  /** engine rule names: the rule itself, or one per tier */
  names: string[];
}

/**
 * Applies one pack to reports with json-rules-engine. The Engine is built once per pack;
 * runs on it are queued one at a time, because an Engine keeps a single run status and
 * overlapping runs silently lose rule results.
 */
export class Evaluator {
  private readonly engine: Engine;
  private readonly prepared: Prepared[];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly pack: Pack) {
    this.prepared = pack.rules.map((compiled) => ({
      compiled,
      requirements: requirementsOf(compiled.rule, pack.conditions),
      names: compiled.rule.tiers ? compiled.rule.tiers.map((_, t) => `${compiled.rule.id}#${t}`) : compiled.rule.when ? [compiled.rule.id] : [],
    }));
    this.engine = this.buildEngine(this.prepared);
  }

  private buildEngine(prepared: Prepared[]): Engine {
    const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: resolvePath as never });
    for (const op of CUSTOM_OPERATORS) engine.addOperator(op);
    for (const [name, condition] of Object.entries(this.pack.conditions)) engine.setCondition(name, condition as never);
    for (const p of prepared) {
      const { rule } = p.compiled;
      const conditions = rule.tiers ? rule.tiers.map((t) => t.when) : rule.when ? [rule.when] : [];
      conditions.forEach((c, i) =>
        engine.addRule({ name: p.names[i], conditions: c as never, event: { type: rule.id }, ...(rule.priority ? { priority: rule.priority } : {}) }),
      );
    }
    return engine;
  }

  /** Evaluates every rule of the pack on one report, in pack order. */
  evaluate(report: ReportData): Promise<RuleOutcome[]> {
    const run = this.queue.then(() => this.evaluateNow(report));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async evaluateNow(report: ReportData): Promise<RuleOutcome[]> {
    const facts = factMap(report, this.pack.derived);
    const results = new Map<string, RuleResult>();
    const errors = new Map<string, string>();
    try {
      const run = await this.engine.run(facts);
      for (const r of [...run.results, ...run.failureResults]) results.set(String(r.name), r);
    } catch {
      // One rule's bug must not hide the others: evaluate each alone to find which failed.
      for (const p of this.prepared) {
        try {
          const run = await this.buildEngine([p]).run(facts);
          for (const r of [...run.results, ...run.failureResults]) results.set(String(r.name), r);
        } catch (e) {
          errors.set(p.compiled.rule.id, (e as Error).message);
        }
      }
    }
    return this.prepared.map((p) => this.outcome(p, facts, results, errors.get(p.compiled.rule.id)));
  }

  private outcome(p: Prepared, facts: FactMap, results: Map<string, RuleResult>, error: string | undefined): RuleOutcome {
    const ruleId = p.compiled.rule.id;
    const used: FactMap = {};
    for (const id of this.pack.catalog.closure(p.compiled.facts)) {
      if (id !== 'report' && id !== 'sections' && facts[id] !== undefined) used[id] = facts[id];
    }
    const absent = p.requirements.filter((r) => (r.path ? resolvePath(facts[r.fact], r.path) : facts[r.fact]) === undefined);
    if (absent.length > 0) {
      // Name what the report should state: a derived fact's absent inputs, a metadata field by its path.
      const unstated = this.pack.catalog
        .closure(absent.filter((r) => !r.path).map((r) => r.fact))
        .filter((id) => facts[id] === undefined && !this.pack.catalog.derived(id));
      const fields = absent.filter((r) => r.path).map((r) => `${r.fact}${r.path!.slice(1)}`);
      return { ruleId, status: 'missing', facts: used, missingFacts: [...unstated, ...fields] };
    }
    if (error !== undefined) return { ruleId, status: 'error', facts: used, missingFacts: [], error };
    if (p.names.length === 0) return { ruleId, status: 'met', facts: used, missingFacts: [] }; // deduct: scored from the fact alone
    const evaluated = p.names.map((n) => results.get(n));
    if (evaluated.some((r) => r === undefined)) {
      // Never a silent fail: a result json-rules-engine did not return is a fault, shown as one.
      return { ruleId, status: 'error', facts: used, missingFacts: [], error: 'json-rules-engine returned no result for this rule' };
    }
    const tier = evaluated.findIndex((r) => r?.result === true);
    const trees = evaluated.map((r) => (r ? explain((r as unknown as { conditions: never }).conditions) : undefined));
    const tree =
      p.compiled.rule.tiers === undefined
        ? trees[0]
        : ({ kind: 'any', result: tier >= 0, children: trees.filter((t) => t !== undefined) } as Explanation);
    return {
      ruleId,
      status: tier >= 0 ? 'met' : 'unmet',
      ...(p.compiled.rule.tiers && tier >= 0 ? { tier } : {}),
      facts: used,
      missingFacts: [],
      ...(tree ? { explain: tree } : {}),
    };
  }
}
