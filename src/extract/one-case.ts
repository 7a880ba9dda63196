import type { Evidence } from '../model/common.js';
import type { FactValue, ReportData } from '../model/report.js';
import { holdsAny } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { dropUnstated } from './implied-facts.js';
import { isSemicolon, type TextIndex } from './text-index.js';

/*
 * One case and its outcome: 行政诉讼1件（低保待遇纠纷），副局长出庭应诉，一审胜诉 says none was lost; …镇长出庭，一审败诉
 * says the one was. Reports with a single lawsuit tell its outcome in words, not in a count (facts.yaml `oneCase`).
 */

/**
 * For each fact with `oneCase` and no value of its own: where the report states one case of `of` and its sentence
 * goes on to an outcome, 0 for a `none` outcome or one of the fact's `zeroPhrases`, 1 for an `all` one (an `all` word
 * inside a `none` one — 原告败诉, 未败诉 — is no loss) — false and true for a yes-or-no fact (作出重大行政决策1项，经合法性
 * 审查后提交… → every decision reviewed); quoted from the sentence, noted.
 */
export function applyOneCaseOutcomes(index: TextIndex, extractors: FactExtractor[], found: Findings): void {
  const { facts, evidence } = found;
  for (const x of extractors) {
    const one = x.def.oneCase;
    if (!one || facts[x.id] !== undefined || facts[one.of] !== 1) continue;
    const at = statedAt(evidence, one.of);
    if (at === undefined) continue;
    const sentence = index.sentence(at);
    if (one.unless !== undefined && holdsAny(index.text.slice(sentence[0], sentence[1]), one.unless)) continue;
    // the outcome in the count's sentence, else in the parts a semicolon joins to it
    let end = sentence[1];
    let outcome = outcomeIn(index.text.slice(at, end), one, x.zeroPhrases);
    if (outcome === undefined) {
      end = pastSemicolons(index, end);
      outcome = outcomeIn(index.text.slice(at, end), one, x.zeroPhrases);
    }
    if (outcome === undefined) continue;
    // a yes-or-no fact (every decision reviewed) is the one case's outcome: yes for an `all` one
    facts[x.id] = x.type === 'boolean' ? outcome === 1 : outcome;
    const of = extractors.find((e) => e.id === one.of)?.def.label ?? one.of;
    evidence[x.id] = index.evidence(sentence[0], end, false, `${of}为1，由其结果得出`);
    dropUnstated(found.unstated, x.id);
  }
}

/** 1 for an `all` outcome in `after`, 0 for a `none` one or a zero phrase (an `all` word inside those is none), else undefined. */
function outcomeIn(after: string, one: OneCase, zeroPhrases: readonly string[]): 0 | 1 | undefined {
  // (an aside in brackets counting more cases than one tells others: …驳回原告诉讼请求（全县败诉案件3件，均不涉及我镇）)
  let rest = after.replace(ASIDE, (aside) => (MORE_CASES.test(aside) ? '' : aside));
  const told = rest;
  // the fact's own phrases of none (未败诉, 没有败诉) are outcomes of none too: 近两年均未败诉 is no loss
  for (const none of [one.none, zeroPhrases])
    for (let n = 0; n < none.length; n++) rest = rest.split(none[n]!).join('');
  return holdsAny(rest, one.all) ? 1 : rest !== told ? 0 : undefined;
}
const ASIDE = /[（(][^（）()]*[）)]/gu;
/** A count of more than one case (3件, 12起): the one case is not among what it counts alone. */
const MORE_CASES = /(?:^|[^\d０-９.])(?:[2-9２-９]|[1-9１-９][\d０-９]+)\s*[件起宗]/u;
type OneCase = NonNullable<FactExtractor['def']['oneCase']>;

/**
 * The end of the sentence ending at `end` with the parts a semicolon joins to it (行政诉讼案件1件；负责人出庭应诉1件，该案一审
 * 胜诉): the one case's outcome may be told in a later part.
 */
function pastSemicolons(index: TextIndex, end: number): number {
  while (end < index.text.length && isSemicolon(index.text.charCodeAt(end))) end = index.sentence(end + 1)[1];
  return end;
}

/** Where the (first) evidence of a fact starts in the text, if it has any. */
export function statedAt(evidence: Findings['evidence'], id: string): number | undefined {
  const stated = evidence[id];
  return (Array.isArray(stated) ? stated[0] : stated)?.offset;
}

/** What the reading found: values, their evidence, and the facts not stated. */
export interface Findings {
  facts: Record<string, FactValue>;
  evidence: Record<string, Evidence | Evidence[]>;
  unstated: NonNullable<ReportData['unstated']>;
}
