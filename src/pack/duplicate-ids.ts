import { problem, type Problem } from '../problems/problem.js';
import type { Located } from './merge-layers.js';

/**
 * One problem per id repeated within one file, pointing at the repeat and naming the
 * first line. The same id in a child pack's file replaces the parent's: that is not a repeat.
 * Positions are looked up only for repeats, so a sound pack never needs them.
 */
export function duplicateIds(entries: Located<{ id: string }>[], kind: string, reserved: string[] = []): Problem[] {
  const problems: Problem[] = [];
  const seenBySource = new Map<unknown, Map<string, Located<{ id: string }> | undefined>>();
  for (const entry of entries) {
    const { value, source, pointer } = entry;
    let seen = seenBySource.get(source);
    if (!seen) seenBySource.set(source, (seen = new Map(reserved.map((id) => [id, undefined]))));
    if (!seen.has(value.id)) {
      seen.set(value.id, entry);
      continue;
    }
    const first = seen.get(value.id);
    const firstLine = first ? (first.source.locate(`${first.pointer}/id`)?.line ?? 0) : 0;
    const at = `${pointer}/id`;
    problems.push(problem('pack.duplicate-id', source.file, { kind, id: value.id, firstLine }, { pointer: at, ...source.locate(at) }));
  }
  return problems;
}
