import type { Explanation } from '../model/assessment.js';

interface ResultNode {
  all?: ResultNode[];
  any?: ResultNode[];
  not?: ResultNode;
  condition?: string;
  fact?: string;
  path?: string;
  operator?: string;
  value?: unknown;
  factResult?: unknown;
  result?: boolean;
  name?: string;
}

/** json-rules-engine's evaluated condition tree → the compact explanation a finding carries. */
export function explain(node: ResultNode): Explanation {
  const base = (kind: Explanation['kind']): Explanation => ({
    kind,
    ...(node.result !== undefined ? { result: node.result } : {}),
    ...(node.name ? { name: node.name } : {}),
  });
  // json-rules-engine records results on leaves only; a boolean node's result follows from its children.
  const combine = (kind: 'all' | 'any' | 'not', children: Explanation[]): Explanation => {
    const results = children.map((c) => c.result);
    const result =
      kind === 'not'
        ? results[0] === undefined ? undefined : !results[0]
        : kind === 'all'
          ? results.includes(false) ? false : results.every((r) => r === true) ? true : undefined
          : results.includes(true) ? true : results.every((r) => r === false) ? false : undefined;
    const node = base(kind);
    return { ...node, ...(node.result === undefined && result !== undefined ? { result } : {}), children };
  };
  if (node.all) return combine('all', node.all.map(explain));
  if (node.any) return combine('any', node.any.map(explain));
  if (node.not) return combine('not', [explain(node.not)]);
  if (node.condition !== undefined) return { ...base('condition'), name: node.condition };
  return {
    ...base('fact'),
    fact: node.fact,
    ...(node.path ? { path: node.path } : {}),
    operator: node.operator,
    value: node.value,
    ...(node.factResult !== undefined ? { factValue: node.factResult } : {}),
  };
}
