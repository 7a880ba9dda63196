import { problem, type Problem } from '../problems/problem.js';
import type { Located } from './merge-layers.js';

/**
 * One problem per id repeated within one file, pointing at the repeat and naming the
 * first line. The same id in a child pack's file replaces the parent's: that is not a repeat.
 */
export function duplicateIds(entries: Located<{ id: string }>[], kind: string, reserved: string[] = []): Problem[] {
  const problems: Problem[] = [];
  const seenBySource = new Map<unknown, Map<string, number>>();
  for (const { value, source, pointer } of entries) {
    let seen = seenBySource.get(source);
    if (!seen) seenBySource.set(source, (seen = new Map(reserved.map((id) => [id, 0]))));
    const at = `${pointer}/id`;
    const pos = source.locate(at);
    const first = seen.get(value.id);
    if (first !== undefined) problems.push(problem('pack.duplicate-id', source.file, { kind, id: value.id, firstLine: first }, { pointer: at, ...pos }));
    else seen.set(value.id, pos?.line ?? 0);
  }
  return problems;
}
