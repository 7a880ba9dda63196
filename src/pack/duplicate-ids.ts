import { problem, type Problem } from '../problems/problem.js';
import type { YamlSource } from '../source/yaml-source.js';

/** One problem per repeated id, pointing at the repeat and naming the first line. */
export function duplicateIds(items: { id: string }[], pointer: string, kind: string, source: YamlSource, seen = new Map<string, number>()): Problem[] {
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const at = `${pointer}/${i}/id`;
    const pos = source.locate(at);
    const first = seen.get(item.id);
    if (first !== undefined) {
      problems.push(problem('pack.duplicate-id', source.file, { kind, id: item.id, firstLine: first }, { pointer: at, ...pos }));
    } else {
      seen.set(item.id, pos?.line ?? 0);
    }
  });
  return problems;
}
