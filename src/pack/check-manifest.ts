import type { PackManifest, SectionsFile } from '../model/pack.js';
import { problem, type Problem } from '../problems/problem.js';
import type { YamlSource } from '../source/yaml-source.js';
import { duplicateIds } from './duplicate-ids.js';

export function checkManifest(manifest: PackManifest, source: YamlSource): Problem[] {
  const problems = duplicateIds(manifest.categories, '/categories', 'category', source);
  const mins = manifest.grades.map((g) => g.min);
  const descending = mins.every((m, i) => i === 0 || m < mins[i - 1]!);
  if (!descending || mins[mins.length - 1] !== 0) {
    problems.push(problem('pack.grades', source.file, {}, { pointer: '/grades', ...source.locate('/grades') }));
  }
  return problems;
}

export function checkSections(file: SectionsFile, source: YamlSource): Problem[] {
  return duplicateIds(file.sections, '/sections', 'section', source);
}
