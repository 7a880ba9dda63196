import type { DerivedFact, FactDefinition } from '../model/pack.js';
import { problem, type Problem } from '../problems/problem.js';
import { compileAuditorPattern } from './auditor-pattern.js';
import { RESERVED_FACT_IDS } from './fact-catalog.js';
import { duplicateIds } from './duplicate-ids.js';
import type { Located, MergedPack } from './merge-layers.js';
import { pointerAt } from '../source/yaml-source.js';

/** How many inputs each derived op takes: [min, max]. */
const ARITY: Record<DerivedFact['op'], [number, number]> = {
  ratio: [2, 2],
  share: [2, 2],
  difference: [2, 2],
  absDifference: [2, 2],
  sum: [2, Infinity],
  abs: [1, 1],
  coalesce: [1, Infinity],
  zeroBase: [2, 2],
  yearDate: [0, 0],
};

/** The facts and derived facts of a merged pack: ids, enum values, patterns, derived inputs and cycles. */
export function checkFacts(merged: MergedPack): Problem[] {
  const problems = duplicateIds([...merged.facts, ...merged.derived], 'fact', RESERVED_FACT_IDS);
  const known = new Set([...merged.facts.map((f) => f.value.id), ...merged.derived.map((d) => d.value.id)]);
  for (const entry of merged.facts) problems.push(...enumProblems(entry), ...companionProblems(entry));
  for (const entry of merged.facts) {
    const bad = patternProblem(entry);
    if (bad) problems.push(bad);
  }
  const types = new Map(merged.facts.map((f) => [f.value.id, f.value.type]));
  for (const entry of merged.facts) problems.push(...referenceProblems(entry, types));
  for (const entry of merged.derived) problems.push(...derivedInputProblems(entry, known));
  const cycle = findCycle(merged.derived.map((e) => e.value));
  if (cycle) {
    const entry = merged.derived.find((e) => e.value.id === cycle[0])!;
    problems.push(problem('pack.derived-cycle', entry.source.file, { cycle: cycle.join(' → ') }, at(entry)));
  }
  return problems;
}

/** Where an entry (or a path below it) stands in its file, with its JSON pointer. */
function at(e: Located<unknown>, suffix = '', where: 'key' | 'value' = 'value') {
  return pointerAt(e.source, e.pointer + suffix, where);
}

/** An enum fact lists its values, and labels only values it lists. */
function enumProblems(entry: Located<FactDefinition>): Problem[] {
  const f = entry.value;
  const problems: Problem[] = [];
  if (f.type === 'enum' && !f.values)
    problems.push(problem('schema.required', entry.source.file, { field: 'values' }, at(entry)));
  for (const value of Object.keys(f.valueLabels ?? {})) {
    if (f.values?.includes(value)) continue;
    const params = { fact: f.id, value, allowed: (f.values ?? []).join(', ') };
    problems.push(problem('pack.enum-value', entry.source.file, params, at(entry, `/valueLabels/${value}`, 'key')));
  }
  return problems;
}

/**
 * Cues that count only beside other words have them: contextCues and contextCuesAfterValue need context, topicCues
 * need topics. Without them extraction would pass the cues over in silence.
 */
function companionProblems(entry: Located<FactDefinition>): Problem[] {
  const f = entry.value;
  const problems: Problem[] = [];
  for (const [cues, words] of COMPANIONS) {
    if ((f[cues]?.length ?? 0) === 0 || f[words] !== undefined) continue;
    problems.push(problem('pack.cues-without-words', entry.source.file, { cues, words }, at(entry, `/${cues}`, 'key')));
  }
  return problems;
}

const COMPANIONS = [
  ['contextCues', 'context'],
  ['contextCuesAfterValue', 'context'],
  ['topicCues', 'topics'],
] as const;

/** A fact's own pattern compiles (as the auditor's safe regular expressions). */
function patternProblem(entry: Located<FactDefinition>): Problem | undefined {
  if (entry.value.pattern === undefined) return undefined;
  const compiled = compileAuditorPattern(entry.value.pattern);
  if (!('error' in compiled)) return undefined;
  const params = { pattern: entry.value.pattern, fact: entry.value.id, reason: compiled.error };
  return problem('pack.bad-pattern', entry.source.file, params, at(entry, '/pattern'));
}

/**
 * The stated facts a fact's extraction names: its coverage rate is a percent fact, and the counts
 * that imply a boolean activity held (impliedBy), one case's count (oneCase) and the count whose cases all are the
 * fact's (allOf) are count facts. A misspelt name would silently never apply.
 */
function referenceProblems(entry: Located<FactDefinition>, types: Map<string, FactDefinition['type']>): Problem[] {
  const f = entry.value;
  const problems: Problem[] = [];
  const wrongKind = (field: string, fact: string, type: string, want: string, pointer: string) =>
    problems.push(problem('pack.fact-reference', entry.source.file, { field, fact, type, want }, at(entry, pointer)));
  const check = (field: string, id: string, pointer: string, want: FactDefinition['type']) => {
    const type = types.get(id);
    if (type === undefined)
      problems.push(problem('pack.unknown-fact', entry.source.file, { fact: id }, at(entry, pointer)));
    else if (type !== want) wrongKind(field, id, type, want, pointer);
  };
  if (f.coverage?.rate !== undefined) check('coverage.rate', f.coverage.rate, '/coverage/rate', 'percent');
  // the counts imply true: only a boolean fact can take it
  if (f.impliedBy && f.type !== 'boolean') wrongKind('impliedBy', f.id, f.type, 'boolean', '/impliedBy');
  const implying = f.impliedBy ?? [];
  for (let j = 0; j < implying.length; j++) check('impliedBy', implying[j]!, `/impliedBy/${j}`, 'count');
  // one case's count (oneCase) and the count whose cases all are this fact's (allOf): count facts
  if (f.oneCase) check('oneCase.of', f.oneCase.of, '/oneCase/of', 'count');
  if (typeof f.allOf?.of === 'string') check('allOf.of', f.allOf.of, '/allOf/of', 'count');
  else {
    const of = f.allOf?.of ?? [];
    for (let j = 0; j < of.length; j++) check('allOf.of', of[j]!, `/allOf/of/${j}`, 'count');
  }
  return problems;
}

/** A derived fact has as many inputs as its op takes, each a known fact; yearDate a month and day. */
function derivedInputProblems(entry: Located<DerivedFact>, known: Set<string>): Problem[] {
  const d = entry.value;
  const problems: Problem[] = [];
  const inputs = d.of ?? [];
  const [min, max] = ARITY[d.op];
  const fail = (reason: 'no-of' | 'exactly' | 'at-least' | 'month-day', n = 0) =>
    problems.push(problem('pack.derived-inputs', entry.source.file, { op: d.op, reason, n }, at(entry)));
  if (inputs.length < min || inputs.length > max) {
    if (max === 0) fail('no-of');
    else if (min === max) fail('exactly', min);
    else fail('at-least', min);
  }
  if (d.op === 'yearDate' && (d.month === undefined || d.day === undefined)) fail('month-day');
  inputs.forEach((input, j) => {
    if (!known.has(input))
      problems.push(problem('pack.unknown-fact', entry.source.file, { fact: input }, at(entry, `/of/${j}`)));
  });
  return problems;
}

function findCycle(derived: DerivedFact[]): string[] | undefined {
  const byId = new Map(derived.map((d) => [d.id, d]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done' || !byId.has(id)) return undefined;
    if (state.get(id) === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'visiting');
    stack.push(id);
    for (const input of byId.get(id)!.of ?? []) {
      const found = visit(input);
      if (found) return found;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const d of derived) {
    const found = visit(d.id);
    if (found) return found;
  }
  return undefined;
}

/** Derived facts in an order where each comes after its inputs (the pack has no cycles by now). */
export function orderDerived(derived: DerivedFact[]): DerivedFact[] {
  const byId = new Map(derived.map((d) => [d.id, d]));
  const out: DerivedFact[] = [];
  const placed = new Set<string>();
  const place = (d: DerivedFact) => {
    if (placed.has(d.id)) return;
    placed.add(d.id);
    for (const input of d.of ?? []) {
      const dep = byId.get(input);
      if (dep) place(dep);
    }
    out.push(d);
  };
  derived.forEach(place);
  return out;
}
