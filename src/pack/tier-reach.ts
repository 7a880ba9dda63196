import type { Condition, LeafCondition } from '../model/condition.js';
import type { Tier } from '../model/pack.js';

type Bound = { fact: string; path?: string; op: 'ge' | 'gt' | 'le' | 'lt' | 'eq'; value: number | string | boolean };

const OPS: Record<string, Bound['op']> = {
  greaterThanInclusive: 'ge',
  greaterThan: 'gt',
  lessThanInclusive: 'le',
  lessThan: 'lt',
  equal: 'eq',
};

/** A tier condition that is one comparison of a fact with a literal, or undefined when it is anything richer. */
function asBound(c: Condition): Bound | undefined {
  let node: Condition = c;
  while (('all' in node && node.all.length === 1) || ('any' in node && node.any.length === 1))
    node = 'all' in node ? node.all[0]! : (node as { any: Condition[] }).any[0]!;
  if (!('fact' in node)) return undefined;
  const leaf = node as LeafCondition;
  const op = OPS[leaf.operator];
  const v = leaf.value;
  if (!op || v === null || typeof v === 'object') return undefined;
  return { fact: leaf.fact, ...(leaf.path ? { path: leaf.path } : {}), op, value: v };
}

/** Whether every value meeting `later` also meets `earlier`: then `later` can never be the first match. */
function implies(later: Bound, earlier: Bound): boolean {
  if (later.fact !== earlier.fact || later.path !== earlier.path) return false;
  const l = later.value;
  const e = earlier.value;
  if (later.op === 'eq') {
    if (earlier.op === 'eq') return l === e;
    if (typeof l !== 'number' || typeof e !== 'number') return false;
    return { ge: l >= e, gt: l > e, le: l <= e, lt: l < e }[earlier.op];
  }
  if (typeof l !== 'number' || typeof e !== 'number') return false;
  const up = (op: Bound['op']) => op === 'ge' || op === 'gt';
  if (earlier.op === 'eq' || up(later.op) !== up(earlier.op)) return false;
  if (up(later.op)) return l > e || (l === e && (later.op === earlier.op || later.op === 'gt'));
  return l < e || (l === e && (later.op === earlier.op || later.op === 'lt'));
}

/**
 * Pairs [earlier, later] of tier indexes where the later tier can never match because an earlier one
 * always does first.
 */
export function unreachableTiers(tiers: Tier[]): [number, number][] {
  const bounds = tiers.map((t) => asBound(t.when));
  const out: [number, number][] = [];
  bounds.forEach((later, j) => {
    if (!later) return;
    const i = bounds.findIndex((earlier, k) => k < j && earlier !== undefined && implies(later, earlier));
    if (i >= 0) out.push([i, j]);
  });
  return out;
}
