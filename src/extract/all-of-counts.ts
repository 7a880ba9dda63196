import type { FactExtractor } from './compile.js';
import { parseNumeral } from './numbers.js';
import { CUE_GAP_MARK } from './split-cues.js';
import { dropUnstated } from './implied-facts.js';
import { statedAt, type Findings } from './one-case.js';
import type { TextIndex } from './text-index.js';

/*
 * All of a count's cases said to be something, right after the count (行政诉讼案件3件，均开庭审理): as many of them are
 * (3 hearings the head is due at). Which count and which words are the pack's (facts.yaml `allOf`).
 */

/**
 * For each fact with `allOf` and no value of its own: where the sentence stating `of`'s count goes on to one of the
 * words with no other count between (行政诉讼案件4件，其中1件…撤诉，其余3件均开庭审理 has two: nothing is read), the
 * count is the fact's, quoted from the count to the words, noted.
 */
export function applyAllOfCounts(index: TextIndex, extractors: FactExtractor[], found: Findings): void {
  for (const x of extractors) {
    const all = x.def.allOf;
    if (!all || found.facts[x.id] !== undefined) continue;
    for (const of of typeof all.of === 'string' ? [all.of] : all.of)
      if (allOfCount(index, extractors, found, x, of, all.words)) break;
  }
}

/** The count `of` as x's, where its sentence goes on to one of the words with no other count between: whether read. */
function allOfCount(
  index: TextIndex,
  extractors: FactExtractor[],
  found: Findings,
  x: FactExtractor,
  of: string,
  words: readonly string[],
): boolean {
  const { facts, evidence } = found;
  const value = facts[of];
  const at = statedAt(evidence, of);
  if (typeof value !== 'number' || at === undefined) return false;
  const span = index.text.slice(at, index.sentence(at)[1]);
  let word = -1;
  let length = 0;
  for (const w of words) {
    const [i, end] = wordIn(span, w);
    if (i >= 0 && (word < 0 || i < word)) {
      word = i;
      length = end - i;
    }
  }
  if (word < 0 || !oneCount(span.slice(0, word), value)) return false;
  facts[x.id] = value;
  const label = extractors.find((e) => e.id === of)?.def.label ?? of;
  evidence[x.id] = index.evidence(at, at + word + length, false, `${label}均属此类，由其件数得出`);
  dropUnstated(found.unstated, x.id);
  return true;
}

/**
 * Where a word stands in the span and where it ends: a split one (均由…出庭) its two parts in order, a few characters
 * between at most (均由局领导出庭应诉, 均由分管副局长出庭); [-1, -1] when absent.
 */
function wordIn(span: string, w: string): [number, number] {
  const gap = w.indexOf(CUE_GAP_MARK);
  if (gap < 0) {
    const i = span.indexOf(w);
    return [i, i + w.length];
  }
  const first = w.slice(0, gap);
  const second = w.slice(gap + CUE_GAP_MARK.length);
  for (let i = span.indexOf(first); i >= 0; i = span.indexOf(first, i + 1)) {
    const j = span.indexOf(second, i + first.length);
    if (j >= 0 && j - i - first.length <= SPLIT_GAP) return [i, j + second.length];
  }
  return [-1, -1];
}
/** The most characters between a split word's two parts (局主要负责人). */
const SPLIT_GAP = 8;

/**
 * Whether the words before the all-word count one number of cases: the stated count, maybe restated right before the
 * word (行政诉讼案件5件，5件均开庭审理) — not another count (…4件，其中1件…撤诉，其余3件均开庭审理).
 */
function oneCount(before: string, value: number): boolean {
  const counts = before.match(COUNTED) ?? [];
  if (counts.length === 1) return true;
  return counts.length === 2 && parseNumeral(counts[1]!.replace(UNIT, '')) === value;
}
/** A count's unit and the blanks before it (5 件). */
const UNIT = /\s*[件宗起]$/u;

/** A count with its unit (3件, 二件). */
const COUNTED = /(?:[0-9０-９]+|[零〇一二两三四五六七八九十百千]+)\s*[件宗起]/gu;
