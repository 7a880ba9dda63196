import { CharFilter } from './char-filter.js';
import type { SectionDefinition } from '../model/pack.js';

// Which statutory parts a heading's words name: cues found in one pass, vetoed by a notCue in the same
// coordinated phrase.

/** Splits a heading's words into coordinated phrases: 主要举措、成效及存在的问题与原因分析 → four. */
const COORDINATOR = /以及|[、，,；;及与和暨并]/gu;

/**
 * The kinds a heading names. A cue names its kind unless one of the kind's notCues stands in the
 * same coordinated phrase: “存在问题的改进情况” is one phrase about 改进 (rectification), while in
 * “存在的问题和改进措施” the 改进 belongs to another phrase and the heading is the 不足 part.
 * A merged heading names every kind it coordinates, in the order it names them.
 */
export function headingKinds(words: string, sections: SectionDefinition[]): string[] {
  // where the coordinators stand: found on first need, most headings' cues have no notCues
  let cuts: number[] | undefined;
  const found = cueOccurrences(words, sections);
  const named: Array<{ kind: string; at: number }> = [];
  for (let si = 0; si < sections.length; si++) {
    const s = sections[si]!;
    let first: number | undefined;
    if (found) {
      // the earliest of the section's cue occurrences that no notCue vetoes: the occurrences are in text order
      for (let k = 0; k < found.length && first === undefined; k += 3) {
        if (found[k] !== si) continue;
        const at = found[k + 2]!;
        if (s.notCues) cuts ??= coordinatorCuts(words);
        if (!vetoed(s, words, cuts, at, s.cues[found[k + 1]!]!)) first = at;
      }
    } else {
      for (const cue of s.cues) {
        for (let at = words.indexOf(cue); at >= 0; at = words.indexOf(cue, at + 1)) {
          if (s.notCues) cuts ??= coordinatorCuts(words);
          if (vetoed(s, words, cuts, at, cue)) continue;
          if (first === undefined || at < first) first = at;
          break;
        }
      }
    }
    if (first === undefined && s.yearCues) first = yearCueAt(s, words, (cuts ??= coordinatorCuts(words)));
    if (first === undefined && s.phraseCues) first = phraseCueAt(s, words, (cuts ??= coordinatorCuts(words)));
    if (first !== undefined) named.push({ kind: s.id, at: first });
  }
  named.sort((a, b) => a.at - b.at);
  const kinds: string[] = [];
  for (let k = 0; k < named.length; k++) kinds.push(named[k]!.kind);
  return kinds;
}

/**
 * Where the first of the section's year cues stands after a year in the same coordinated phrase (2026年打算,
 * 二〇二六年度安排, 2025年法治政府建设计划), not vetoed.
 */
function yearCueAt(s: SectionDefinition, words: string, cuts: number[]): number | undefined {
  for (const m of words.matchAll(YEAR)) {
    const from = m.index + m[0].length;
    const end = phraseEnd(words, cuts, from);
    for (const cue of s.yearCues!) {
      const at = words.indexOf(cue, from);
      if (at >= 0 && at + cue.length <= end && !vetoed(s, words, cuts, at, cue)) return at;
    }
  }
  return undefined;
}

/** Where the first coordinated phrase that is one of the section's phrase cues as a whole starts (二、问题). */
function phraseCueAt(s: SectionDefinition, words: string, cuts: number[]): number | undefined {
  let from = 0;
  for (let i = 0; i <= cuts.length; i += 2) {
    const to = i < cuts.length ? cuts[i]! : words.length;
    const phrase = words.slice(from, to).replace(PHRASE_EDGES, '');
    if (s.phraseCues!.includes(phrase)) return from;
    if (i < cuts.length) from = cuts[i + 1]!;
  }
  return undefined;
}
/** Blanks and a closing colon or stop around a phrase (问题：). */
const PHRASE_EDGES = /^[\s\u3000]+|[\s\u3000:：。.]+$/gu;

/** Where the coordinated phrase holding `at` ends: at the next coordinator, or the words' end. */
function phraseEnd(words: string, cuts: number[], at: number): number {
  for (let i = 0; i < cuts.length; i += 2) if (cuts[i]! >= at) return cuts[i]!;
  return words.length;
}

/**
 * A year in a heading (2026年, 2026年度, 二〇二六年) — or, in a report on part of the year, the months or quarter left
 * (12月份重点工作, 11—12月工作安排, 四季度工作打算).
 */
const YEAR =
  /(?:\d{4}|[〇零一二三四五六七八九]{4})年度?|(?:\d{1,2}\s*[—\-－–~～至到]\s*)?(?:\d{1,2}|十[一二]?)\s*月份?|第?[一二三四]季度/gu;

/**
 * The sections' cues by first character: section index, cue index pairs in one flat list per
 * character, in the sections' and cues' order; `firsts` filters the characters no cue starts with
 * before the map is asked (most of a heading's characters).
 */
interface CueStarts {
  byFirst: Map<number, number[]>;
  firsts: CharFilter;
}
const cueStartsCache = new WeakMap<SectionDefinition[], CueStarts | null>();

/** null when a cue is empty (it would stand everywhere: such a list is searched cue by cue). */
function cueStarts(sections: SectionDefinition[]): CueStarts | null {
  const cached = cueStartsCache.get(sections);
  if (cached !== undefined) return cached;
  const starts: CueStarts = { byFirst: new Map(), firsts: new CharFilter() };
  const indexable = sections.every((s) => s.cues.every((cue) => cue.length > 0));
  sections.forEach((s, si) => {
    s.cues.forEach((cue, ci) => {
      const c = cue.charCodeAt(0);
      starts.firsts.add(c);
      const list = starts.byFirst.get(c);
      if (list) list.push(si, ci);
      else starts.byFirst.set(c, [si, ci]);
    });
  });
  cueStartsCache.set(sections, indexable ? starts : null);
  return indexable ? starts : null;
}

/**
 * Every occurrence of every section cue in the words, as [section, cue, at] triples in the
 * order of `at`, found in one pass: a heading is a few dozen characters and the pack has some
 * fifty cues, so looking each cue up in it (indexOf) cost more than reading it once. Undefined
 * when the cues cannot be indexed by first character.
 */
function cueOccurrences(words: string, sections: SectionDefinition[]): number[] | undefined {
  const starts = cueStarts(sections);
  if (starts === null) return undefined;
  const { byFirst, firsts } = starts;
  const found: number[] = [];
  for (let at = 0; at < words.length; at++) {
    const c = words.charCodeAt(at);
    if (!firsts.mayHave(c)) continue;
    const list = byFirst.get(c);
    if (list === undefined) continue;
    for (let k = 0; k < list.length; k += 2) {
      const si = list[k]!;
      const ci = list[k + 1]!;
      if (words.startsWith(sections[si]!.cues[ci]!, at)) found.push(si, ci, at);
    }
  }
  return found;
}

/**
 * Whether one of the section's notCues stands in the coordinated phrase holding the cue at `at` (cuts:
 * coordinatorCuts, given when there are notCues).
 */
function vetoed(s: SectionDefinition, words: string, cuts: number[] | undefined, at: number, cue: string): boolean {
  if (!s.notCues) return false;
  const p = phraseAround(words, cuts!, at, at + cue.length);
  for (let k = 0; k < s.notCues.length; k++) if (p.includes(s.notCues[k]!)) return true;
  return false;
}

/** Start and end of every coordinator in the words, in pairs. */
function coordinatorCuts(words: string): number[] {
  const cuts: number[] = [];
  COORDINATOR.lastIndex = 0;
  for (let m = COORDINATOR.exec(words); m; m = COORDINATOR.exec(words)) cuts.push(m.index, m.index + m[0].length);
  return cuts;
}

/** The coordinated phrase holding [start, end): between the coordinators around it. */
function phraseAround(words: string, cuts: number[], start: number, end: number): string {
  let from = 0;
  let to = words.length;
  for (let i = 0; i < cuts.length; i += 2) {
    if (cuts[i + 1]! <= start) from = cuts[i + 1]!;
    else if (cuts[i]! >= end && to === words.length) to = cuts[i]!;
  }
  return words.slice(from, to);
}
