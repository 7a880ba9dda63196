import type { Grade } from '../model/pack.js';
import { packName, type Lang } from '../util/lang.js';

/** The first band whose threshold the percentage reaches; a veto forces the last (lowest) band. */
export function gradeFor(grades: Grade[], percent: number, vetoed: boolean, lang: Lang = 'zh'): string {
  const band = vetoed
    ? grades[grades.length - 1]!
    : (grades.find((g) => percent >= g.min) ?? grades[grades.length - 1]!);
  return packName(lang, band.name, band.en);
}
