import type { Condition, ConditionReference, LeafCondition, TopLevelCondition } from '../model/condition.js';
import type { Explanation } from '../model/assessment.js';
import { resolvePath } from './paths.js';

/** One report's facts by id: a Map, which stays fast however many facts and derived facts a pack has. */
export type FactMap = Map<string, unknown>;
/** A condition compiled to a closure: the facts in, the evaluated tree (with its result) out. */
export type CompiledCondition = (facts: FactMap) => Explanation;
/** The same condition, result only: no tree is built (the batch hot path). */
export type CompiledTest = (facts: FactMap) => boolean;
/** json-rules-engine's operator objects, decorators applied, as its OperatorMap returns them. */
export type OperatorLookup = (
  name: string,
) => { evaluate(factValue: unknown, jsonValue: unknown): boolean } | null | undefined;

/**
 * Compiles a json-rules-engine condition into plain closures with the library's exact
 * semantics: the same operator objects (validators and decorators included), the same
 * priority sets and short-circuits between them, `path` applied only to objects, a
 * `{fact}` value read as a fact, an empty all/any true. The explanation it returns is the
 * tree json-rules-engine's RuleResult would hold — the differential test holds it to that.
 */
export function compileCondition(
  root: TopLevelCondition,
  named: Record<string, TopLevelCondition>,
  operators: OperatorLookup,
): { explain: CompiledCondition; test: CompiledTest } {
  const top = compileNode(root, { named, operators });
  return { explain: top.run, test: top.test };
}

interface CompileContext {
  named: Record<string, TopLevelCondition>;
  operators: OperatorLookup;
}
type Meta = { name?: string };

function compileNode(c: Condition, cx: CompileContext): Compiled {
  const priority = c.priority || 1;
  const meta: Meta = c.name ? { name: c.name } : {};
  if ('all' in c || 'any' in c)
    return compileBoolean('all' in c ? 'all' : 'any', ('all' in c ? c.all : c.any) ?? [], priority, meta, cx);
  if ('not' in c) return compileNot(c.not, priority, meta, cx);
  if ('condition' in c) return compileReference(c, priority, cx);
  return compileLeaf(c, priority, meta, cx.operators);
}

function compileBoolean(
  kind: 'all' | 'any',
  conditions: Condition[],
  priority: number,
  meta: Meta,
  cx: CompileContext,
): Compiled {
  const children = conditions.map((c) => compileNode(c, cx));
  const still: Explanation = { kind, ...meta, children: children.map((x) => x.still) };
  const sets = prioritySets(children);
  return {
    priority,
    still,
    run: (facts) => booleanNode(kind, meta, runSets(kind, children, sets, facts)),
    test: (facts) => testSets(kind, children, sets, facts) === true,
  };
}

function compileNot(condition: Condition, priority: number, meta: Meta, cx: CompileContext): Compiled {
  const child = compileNode(condition, cx);
  const still: Explanation = { kind: 'not', ...meta, children: [child.still] };
  return {
    priority,
    still,
    run: (facts) => {
      const evaluated = child.run(facts);
      return { kind: 'not', ...meta, result: !evaluated.result, children: [evaluated] };
    },
    test: (facts) => !child.test(facts),
  };
}

function compileReference(c: ConditionReference, priority: number, cx: CompileContext): Compiled {
  const target = cx.named[c.condition];
  // An unknown name is rejected when the pack loads; json-rules-engine would throw here too.
  if (!target) throw new Error(`No condition ${c.condition} exists`);
  // Realised as json-rules-engine does: the named condition's fields laid over the reference.
  const inner = compileNode(
    { ...(c.name ? { name: c.name } : {}), ...(c.priority ? { priority: c.priority } : {}), ...target } as Condition,
    cx,
  );
  const still: Explanation = { kind: 'condition', name: c.condition };
  return { priority, still, run: inner.run, test: inner.test };
}

function compileLeaf(leaf: LeafCondition, priority: number, meta: Meta, operators: OperatorLookup): Compiled {
  const op = operators(leaf.operator);
  if (!op) throw new Error(`Unknown operator: ${leaf.operator}`);
  const value = leaf.value;
  const ref =
    value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'fact')
      ? (value as { fact: string; path?: string })
      : undefined;
  const base: Explanation = {
    kind: 'fact',
    ...meta,
    fact: leaf.fact,
    ...(leaf.path ? { path: leaf.path } : {}),
    operator: leaf.operator,
    value,
  };
  return {
    priority,
    still: base,
    run: (facts) => {
      const left = read(facts, leaf.fact, leaf.path);
      const right = ref ? read(facts, ref.fact, ref.path) : value;
      const result = op.evaluate(left, right);
      return { ...base, result, ...(left !== undefined ? { factValue: left } : {}) };
    },
    // The operator's raw result: a parent compares it with `=== true`, as the library does.
    test: (facts) =>
      op.evaluate(read(facts, leaf.fact, leaf.path), ref ? read(facts, ref.fact, ref.path) : value) as boolean,
  };
}

/** A fact's value as json-rules-engine's almanac reads it: a path applies to objects only. */
function read(facts: FactMap, fact: string, path: string | undefined): unknown {
  const value = facts.get(fact);
  if (!path) return value;
  return value !== null && typeof value === 'object' ? resolvePath(value, path) : value;
}

type Compiled = { run: CompiledCondition; test: CompiledTest; still: Explanation; priority: number };

/** Children grouped by priority, highest first: worked out once, when the condition compiles. */
function prioritySets(children: Compiled[]): number[] {
  return [...new Set(children.map((c) => c.priority))].sort((a, b) => b - a);
}

/** json-rules-engine's prioritizeAndRun: sets by priority, highest first; later sets run only if still undecided. */
function runSets(
  kind: 'all' | 'any',
  children: Compiled[],
  priorities: number[],
  facts: FactMap,
): { result: unknown; children: Explanation[] } {
  if (children.length === 0) return { result: true, children: [] };
  if (children.length === 1) {
    const only = children[0]!.run(facts);
    return { result: only.result, children: [only] };
  }
  const out: Explanation[] = children.map((c) => c.still);
  let decided: boolean = kind === 'all';
  for (const priority of priorities) {
    if (kind === 'any' ? decided : !decided) break;
    const results: unknown[] = [];
    children.forEach((c, i) => {
      if (c.priority !== priority) return;
      const evaluated = c.run(facts);
      out[i] = evaluated;
      results.push(evaluated.result);
    });
    decided = kind === 'any' ? results.some((r) => r === true) : results.every((r) => r === true);
  }
  return { result: decided, children: out };
}

/**
 * runSets without the tree. Every condition of a priority set is still evaluated, as
 * json-rules-engine does (Promise.all): an operator that throws must throw here too.
 */
function testSets(kind: 'all' | 'any', children: Compiled[], priorities: number[], facts: FactMap): unknown {
  if (children.length === 0) return true;
  if (children.length === 1) return children[0]!.test(facts);
  let decided = kind === 'all';
  for (const priority of priorities) {
    if (kind === 'any' ? decided : !decided) break;
    let acc = kind === 'all';
    for (const c of children) {
      if (c.priority !== priority) continue;
      const r = c.test(facts) === true;
      acc = kind === 'all' ? acc && r : acc || r;
    }
    decided = acc;
  }
  return decided;
}

function booleanNode(
  kind: 'all' | 'any',
  meta: { name?: string },
  run: { result: unknown; children: Explanation[] },
): Explanation {
  return { kind, ...meta, result: run.result === true, children: run.children };
}
