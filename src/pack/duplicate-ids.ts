import { problem, type Problem } from '../problems/problem.js';
import type { Located } from './merge-layers.js';
import { pointerAt } from '../source/yaml-source.js';

/**
 * One problem per id repeated within one file, pointing at the repeat and naming the
 * first line. The same id in a child pack's file replaces the parent's: that is not a repeat.
 * An id in `reserved` is refused where it is written, with the reason it is reserved.
 * Positions are looked up only for problems, so a sound pack never needs them.
 */
export function duplicateIds(
  entries: Located<{ id: string }>[],
  kind: string,
  reserved: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const problems: Problem[] = [];
  const seenBySource = new Map<unknown, Map<string, Located<{ id: string }>>>();
  for (const entry of entries) {
    const { value, source, pointer } = entry;
    const at = `${pointer}/id`;
    const why = reserved.get(value.id);
    if (why !== undefined) {
      problems.push(problem('pack.reserved-id', source.file, { kind, id: value.id, why }, pointerAt(source, at)));
      continue;
    }
    let seen = seenBySource.get(source);
    if (!seen) seenBySource.set(source, (seen = new Map()));
    const first = seen.get(value.id);
    if (!first) {
      seen.set(value.id, entry);
      continue;
    }
    const firstLine = first.source.locate(`${first.pointer}/id`)?.line ?? 0;
    problems.push(problem('pack.duplicate-id', source.file, { kind, id: value.id, firstLine }, pointerAt(source, at)));
  }
  return problems;
}
