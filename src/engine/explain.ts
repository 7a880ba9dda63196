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

/**
 * json-rules-engine's evaluated condition tree → the compact explanation a finding carries.
 * A node it did not evaluate (a later priority set after the outcome was decided) has no result.
 */
export function explain(node: ResultNode): Explanation {
  const base = (kind: Explanation['kind']): Explanation => ({
    kind,
    ...(node.result !== undefined ? { result: node.result } : {}),
    ...(node.name ? { name: node.name } : {}),
  });
  if (node.all) return { ...base('all'), children: node.all.map(explain) };
  if (node.any) return { ...base('any'), children: node.any.map(explain) };
  if (node.not) return { ...base('not'), children: [explain(node.not)] };
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
