import type { SectionDefinition } from '../model/pack.js';
import { holdsAny } from './claim-match.js';
import { NUMBER, type FoundHeading } from './found-heading.js';
import type { TextIndex } from './text-index.js';

/*
 * A report that heads its other parts (存在的问题, 下一步打算) but not its account of the year's work: the body before
 * its first named part is that account (…重点做了以下工作：1.加强组织领导…5.复议应诉…⏎存在的问题：…; 一、基本情况…
 * 二、存在问题…). The statute asks for the measures and results, not for a heading over them. Which part an unheaded
 * body stands for, and how much it must state, is the pack's (sections.yaml `unheaded`).
 */

/**
 * A statement's least length after its item number: a heading line (一、基本情况, 1.加强组织领导。) or a date is no
 * statement; 局党组中心组学法4次。 is one.
 */
const MIN_STATEMENT = 8;

/**
 * The parts found unheaded before the report's first named part: for each section with `unheaded` that no heading
 * names, when some heading names another part (it marks where the body ends) and the body before it, after the
 * title, holds the section's least number of statements.
 */
export function unheadedParts(
  index: TextIndex,
  headings: FoundHeading[],
  sections: SectionDefinition[],
  bodyFrom: number,
): FoundHeading[] {
  const found: FoundHeading[] = [];
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k]!;
    if (s.unheaded === undefined || named(headings, s.id)) continue;
    const first = firstNamed(headings);
    if (first === undefined || first.offset <= bodyFrom) return found;
    const statement = firstStatement(index, bodyFrom, first.offset, s.unheaded);
    if (statement === undefined) continue;
    const note = `未设标题：“${first.text}”之前的正文记述本年度工作，计为该部分`;
    const evidence = index.evidence(statement[0], statement[1], false, note);
    found.push({ kind: s.id, kinds: [s.id], offset: statement[0], text: '', evidence });
  }
  return found;
}

function named(headings: FoundHeading[], kind: string): boolean {
  for (let k = 0; k < headings.length; k++) if (headings[k]!.kinds.includes(kind)) return true;
  return false;
}

/** The first heading that names a part (headings are in document order). */
function firstNamed(headings: FoundHeading[]): FoundHeading | undefined {
  for (let k = 0; k < headings.length; k++) if (headings[k]!.kinds.length > 0) return headings[k];
  return undefined;
}

/**
 * The first statement of [from, to) when the span holds `minStatements` of them, else undefined. A sentence or a
 * line is a statement when it is long enough and announces nothing (现将有关情况报告如下).
 */
function firstStatement(
  index: TextIndex,
  from: number,
  to: number,
  rule: NonNullable<SectionDefinition['unheaded']>,
): [number, number] | undefined {
  const text = index.text;
  let count = 0;
  let first: [number, number] | undefined;
  for (let at = from; at < to; ) {
    const span = index.sentence(at);
    const s = Math.max(span[0], from);
    const e = Math.min(span[1], to);
    const words = text.slice(s, e).replace(NUMBER, '').trim();
    // a line ending in a colon addresses someone (县委依法治县办：) or announces what follows (主要做了以下工作：)
    const announces = ANNOUNCING_END.test(words) || holdsAny(words, rule.notStatements ?? []);
    if (nonBlank(words) >= MIN_STATEMENT && !announces) {
      // quoted with its full stop, as the sentence was written
      first ??= [s, e < to && text.charCodeAt(e) !== LINE_FEED ? e + 1 : e];
      if (++count >= rule.minStatements) return first;
    }
    at = Math.max(e, at) + 1;
  }
  return undefined;
}

const ANNOUNCING_END = /[：:]$/u;
const LINE_FEED = 0x0a;

/** Characters that are not blanks. */
function nonBlank(words: string): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const c = words.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a && c !== 0x3000) n++;
  }
  return n;
}
