import type { DerivedFact, FactsFile } from '../model/pack.js';
import { problem, type Problem } from '../problems/problem.js';
import type { YamlSource } from '../source/yaml-source.js';
import { BUILTIN_FACTS } from './fact-catalog.js';
import { duplicateIds } from './duplicate-ids.js';

/** How many inputs each derived op takes: [min, max]. */
const ARITY: Record<DerivedFact['op'], [number, number]> = {
  ratio: [2, 2],
  difference: [2, 2],
  absDifference: [2, 2],
  sum: [2, Infinity],
  abs: [1, 1],
  coalesce: [1, Infinity],
  yearDate: [0, 0],
};

export function checkFacts(file: FactsFile, source: YamlSource): Problem[] {
  const seen = new Map<string, number>(BUILTIN_FACTS.map((id) => [id, 0]));
  const problems = duplicateIds(file.facts, '/facts', 'fact', source, seen);
  const derived = file.derived ?? [];
  problems.push(...duplicateIds(derived, '/derived', 'fact', source, seen));
  const known = new Set([...file.facts.map((f) => f.id), ...derived.map((d) => d.id)]);

  file.facts.forEach((f, i) => {
    if (f.type === 'enum' && !f.values) {
      problems.push(problem('schema.required', source.file, { field: 'values' }, { pointer: `/facts/${i}`, ...source.locate(`/facts/${i}`) }));
    }
    for (const value of Object.keys(f.valueLabels ?? {})) {
      if (!f.values?.includes(value)) {
        const at = `/facts/${i}/valueLabels/${value}`;
        problems.push(problem('pack.enum-value', source.file, { fact: f.id, value, allowed: (f.values ?? []).join(', ') }, { pointer: at, ...source.locate(at, 'key') }));
      }
    }
  });
  derived.forEach((d, i) => {
    const at = `/derived/${i}`;
    const inputs = d.of ?? [];
    const [min, max] = ARITY[d.op];
    const fail = (reason: string) =>
      problems.push(problem('pack.derived-inputs', source.file, { op: d.op, reason }, { pointer: at, ...source.locate(at) }));
    if (inputs.length < min || inputs.length > max) {
      fail(max === 0 ? 'no `of`' : min === max ? `of: exactly ${min}` : `of: at least ${min}`);
    }
    if (d.op === 'yearDate' && (d.month === undefined || d.day === undefined)) fail('month, day');
    inputs.forEach((input, j) => {
      if (!known.has(input)) {
        problems.push(problem('pack.unknown-fact', source.file, { fact: input }, { pointer: `${at}/of/${j}`, ...source.locate(`${at}/of/${j}`) }));
      }
    });
  });
  const cycle = findCycle(derived);
  if (cycle) {
    const i = derived.findIndex((d) => d.id === cycle[0]);
    problems.push(problem('pack.derived-cycle', source.file, { cycle: cycle.join(' → ') }, { pointer: `/derived/${i}`, ...source.locate(`/derived/${i}`) }));
  }
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
