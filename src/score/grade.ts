import type { Grade } from '../model/pack.js';

/** The first band whose threshold the percentage reaches; a veto forces the last (lowest) band. */
export function gradeFor(grades: Grade[], percent: number, vetoed: boolean, lang: 'zh' | 'en' = 'zh'): string {
  const band = vetoed ? grades[grades.length - 1]! : (grades.find((g) => percent >= g.min) ?? grades[grades.length - 1]!);
  return lang === 'en' ? (band.en ?? band.name) : band.name;
}
