import { problem, type Problem } from '../problems/problem.js';
import type { MergedPack } from './merge-layers.js';
import { duplicateIds } from './duplicate-ids.js';
import { pointerAt } from '../source/yaml-source.js';

export function checkManifest(merged: MergedPack): Problem[] {
  const problems = duplicateIds(merged.categories, 'category');
  const source = merged.manifestSource;
  if (!merged.grades)
    problems.push(problem('schema.required', source.file, { field: 'grades' }, pointerAt(source, '')));
  if (merged.categories.length === 0)
    problems.push(problem('schema.required', source.file, { field: 'categories' }, pointerAt(source, '')));
  if (merged.grades) {
    const mins = merged.grades.value.map((g) => g.min);
    const descending = mins.every((m, i) => i === 0 || m < mins[i - 1]!);
    if (!descending || mins[mins.length - 1] !== 0) {
      const g = merged.grades;
      problems.push(problem('pack.grades', g.source.file, {}, pointerAt(g.source, g.pointer)));
    }
  }
  const notSubmitted = merged.manifest.notSubmittedGrade;
  if (notSubmitted !== undefined && merged.grades && !merged.grades.value.some((g) => g.name === notSubmitted)) {
    const at = '/notSubmittedGrade';
    problems.push(
      problem(
        'pack.not-submitted-grade',
        source.file,
        { grade: notSubmitted, grades: merged.grades.value.map((g) => g.name).join('、') },
        pointerAt(source, at),
      ),
    );
  }
  return problems;
}

export function checkSections(merged: MergedPack): Problem[] {
  return duplicateIds(merged.sections, 'section');
}
