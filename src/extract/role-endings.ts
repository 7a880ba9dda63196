import type { ReportRole } from '../model/report.js';
import type { VocabularyFile } from '../model/vocabulary.js';

/*
 * The role a body's name tells by how it ends (某县司法局 → judicial_bureau, 某镇人民政府 → township): the vocabulary's
 * `roles` endings, the most specific first, indexed once per vocabulary by their last character. A body naming
 * itself may also be an enforcement arm (`ownArms`: 县交通运输综合行政执法大队 titles its own report): a department's
 * ending here, where only the reporter's own name is read — not in `roles`, whose endings also find another body at a
 * sentence's start, where a town's or department's arm (镇综合行政执法大队开展…) is its own.
 */

export type RoleWord = [word: string, role: ReportRole];
export interface RoleWords {
  /** the most specific (longest) ending first: 司法局 before 局, 镇人民政府 before 人民政府 */
  list: RoleWord[];
  /**
   * The same, by last character: a name can only end where a role word ends, so most
   * candidates are settled by one look-up instead of a test of every ending.
   */
  byLast: Map<number, RoleWord[]>;
  /** an empty word ends every name: then the whole list is tried */
  hasEmpty: boolean;
}
const roleCache = new WeakMap<VocabularyFile, RoleWords>();

export function roleWords(vocabulary: VocabularyFile): RoleWords {
  let words = roleCache.get(vocabulary);
  if (!words) {
    const list = Object.entries(vocabulary.roles ?? {}).flatMap(([role, ws]) =>
      (ws ?? []).map((w) => [w, role as ReportRole] as RoleWord),
    );
    for (const arm of vocabulary.ownArms ?? []) list.push([arm, 'department']);
    list.sort((a, b) => b[0].length - a[0].length);
    const byLast = new Map<number, RoleWord[]>();
    for (const rw of list) {
      if (rw[0].length === 0) continue;
      const c = rw[0].charCodeAt(rw[0].length - 1);
      const same = byLast.get(c);
      if (same) same.push(rw);
      else byLast.set(c, [rw]);
    }
    words = { list, byLast, hasEmpty: list.some(([w]) => w.length === 0) };
    roleCache.set(vocabulary, words);
  }
  return words;
}

/** The most specific role word `name` ends with. */
export function endingWord(words: RoleWords, name: string): RoleWord | undefined {
  const list = words.hasEmpty ? words.list : words.byLast.get(name.charCodeAt(name.length - 1));
  if (list) for (let k = 0; k < list.length; k++) if (name.endsWith(list[k]![0])) return list[k];
  return undefined;
}

/** The role a name's ending tells, most specific ending first. */
export function roleOf(name: string, vocabulary: VocabularyFile): { role: ReportRole; word: string } | undefined {
  const rw = endingWord(roleWords(vocabulary), name);
  return rw ? { role: rw[1], word: rw[0] } : undefined;
}
