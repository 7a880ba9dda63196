import type { Evidence } from '../model/common.js';
import type { FactValue, ReportRole } from '../model/report.js';
import type { FactExtractor } from './compile.js';
import { withNote } from './evidence-shapes.js';
import { CHINESE_NUMERAL_CHARS, parseNumeral } from './numbers.js';
import type { TextIndex } from './text-index.js';

/*
 * A coverage told by its counts (全区应述法的部门和街镇主要负责人47名，已述法47名; 应述38人、实述38人; 应述法单位、实际述法
 * 单位均为41家): all the due done is full coverage, fewer is partial. The words are the pack's (facts.yaml coverage.counts);
 * a value stated outright (none, partial, full) stands, the counts only tell more than a bare held.
 */

/** Sets each coverage fact the counts of a sentence decide, where nothing stated says more. */
export function applyCoverageCounts(
  index: TextIndex,
  extractors: FactExtractor[],
  facts: Record<string, FactValue>,
  evidence: Record<string, Evidence | Evidence[]>,
  role: ReportRole | undefined,
): void {
  for (let k = 0; k < extractors.length; k++) {
    const x = extractors[k]!;
    const counts = x.coverage?.counts;
    if (!counts || (role !== undefined && x.def.roles !== undefined && !x.def.roles.includes(role))) continue;
    const cov = x.coverage!;
    const current = facts[x.id];
    const told = countedCoverage(index, counts.due, counts.done);
    if (!told) continue;
    const fromCounts = told.done >= told.due ? cov.full : cov.partial;
    // values the pack lists after full (held) say less than counts; those before it were stated outright — but a full
    // claim the counts show short of all (全部述法…应述45人，实述43人) is partial
    const order = (x.valueCues ?? []).map(([value]) => value);
    const weaker = current === undefined || order.indexOf(String(current)) > order.indexOf(cov.full);
    if (current === fromCounts || !(weaker || (current === cov.full && fromCounts === cov.partial))) continue;
    facts[x.id] = fromCounts;
    evidence[x.id] = withNote(index.evidence(told.from, told.to), `应${told.due}、已${told.done}，按人数判断`);
  }
}

/** The first sentence counting the due and the done, as figures; undefined when none does. */
function countedCoverage(
  index: TextIndex,
  dueWords: readonly string[],
  doneWords: readonly string[],
): { due: number; done: number; from: number; to: number } | undefined {
  const text = index.text;
  for (const word of dueWords)
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      // the sentence within reach of the due word: a text with no sentence ends is one sentence
      const [start, end] = index.sentence(at);
      const from = Math.max(start, at - COUNTS_REACH);
      const to = Math.min(end, at + COUNTS_REACH);
      const due = figureAfter(text, at + word.length, to);
      if (due === undefined) continue;
      // searched in the sentence only (indexOf on the text would run on to its end for every due word)
      const sentence = text.slice(from, to);
      for (const d of doneWords) {
        const inSentence = sentence.indexOf(d);
        if (inSentence < 0) continue;
        const doneAt = from + inSentence;
        const done = figureAfter(text, doneAt + d.length, to);
        // more done than due is no count of the same heads
        if (done !== undefined && done.value <= due.value) return { due: due.value, done: done.value, from, to };
      }
    }
  return undefined;
}

/** The first count of people or units within reach after `at` in its sentence (47名, 38人, 41家). */
function figureAfter(text: string, at: number, to: number): { value: number } | undefined {
  COUNT.lastIndex = at;
  const m = COUNT.exec(text);
  if (!m || m.index >= Math.min(to, at + FIGURE_REACH)) return undefined;
  const value = parseNumeral(m[1]!);
  return value === undefined ? undefined : { value };
}
const COUNT = new RegExp(`(\\d+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:名|人|家|个|位)`, 'gu');
const FIGURE_REACH = 24;
/** How far from the due word the sentence's done count may stand. */
const COUNTS_REACH = 80;
