import type { Assessment, Finding } from '../model/assessment.js';
import type { Evidence } from '../model/common.js';
import type { ReportData } from '../model/report.js';
import type { CompiledRule } from '../pack/compiled-pack.js';
import { problemMessage } from '../problems/messages.js';
import type { Lang } from '../util/lang.js';
import { BoundedMap } from '../util/bounded-map.js';

// What a finding quotes and how its report was read: the report's side of a finding, apart from its scoring.

/** One report's evidence as findings quote it, by the report's own evidence object (assess.ts builds one per report). */
export type Quoted = Map<object, FindingEvidence>;
type FindingEvidence = NonNullable<Finding['evidence']>[number];

/**
 * The quotes behind a rule's finding: each fact's evidence, then the metadata and sections the rule reads.
 * A quote cited by several findings of a report is one object (`quoted`): built once, and a batch keeps one copy.
 */
export function evidenceFor(
  compiled: CompiledRule,
  report: ReportData,
  facts: string[],
  quoted: Quoted = new Map(),
): Finding['evidence'] {
  const out: FindingEvidence[] = [];
  // index loops: run for every finding that quotes, mostly before the JIT has optimised this (a for-of allocates)
  for (let i = 0; i < facts.length; i++) {
    const fact = facts[i]!;
    const e = report.evidence?.[fact];
    if (e === undefined) continue;
    if (Array.isArray(e)) for (let j = 0; j < e.length; j++) out.push(quote(quoted, fact, e[j]!));
    else out.push(quote(quoted, fact, e));
  }
  // Metadata a rule reads (document type, period, dates) quotes where it was read.
  const { metaFields, sections } = compiled;
  for (let i = 0; i < metaFields.length; i++) {
    const e = report.reportEvidence?.[metaFields[i]!];
    if (e) out.push(quote(quoted, `report.${metaFields[i]}`, e));
  }
  for (let i = 0; i < sections.length; i++) {
    const e: Evidence | undefined = report.sectionEvidence?.[sections[i]!];
    if (e) out.push(quote(quoted, `sections.${sections[i]}`, e));
  }
  return out.length > 0 ? out : undefined;
}

/** A piece of evidence labelled with what it is evidence of; the one already built when the label is the same. */
function quote(quoted: Quoted, fact: string, item: Evidence): FindingEvidence {
  const known = quoted.get(item);
  if (known !== undefined && known.fact === fact) return known;
  const e = { fact, ...item };
  if (known === undefined) quoted.set(item, e);
  return e;
}

/**
 * For a report extracted from a document: the cue words searched for the missing facts, so a bureau knows what to
 * write.
 */
export function lookedFor(report: ReportData, missing: string[]): string[] | undefined {
  if (!report.unstated) return undefined;
  const lists: string[][] = [];
  let key = '';
  const { unstated } = report;
  for (let i = 0; i < unstated.length; i++) {
    const u = unstated[i]!;
    if (missing.includes(u.fact)) {
      lists.push(u.lookedFor);
      key += `${u.fact}\n`;
    }
  }
  if (lists.length === 0) return undefined;
  const known = wordLists.get(key);
  if (known && known.lists.length === lists.length && known.lists.every((l, i) => l === lists[i])) return known.words;
  const words = new Set<string>();
  for (const l of lists) for (const w of l) words.add(w);
  const result = words.size > 0 ? [...words] : undefined;
  if (result) wordLists.set(key, { lists, words: result });
  return result;
}

/**
 * The words of the same unstated facts, by their ids: an extracted report's lists of words are the pack's own (one
 * array per fact), so reports lacking the same facts share one list of words, built once and kept once. A report
 * with lists of its own (a structured report may carry any) does not match the lists a cached entry was built from.
 */
const wordLists = new BoundedMap<string, { lists: string[][]; words: string[] }>();

/** How the document was read: its encoding, and what decoding tolerated in the output language. */
export function howRead(report: ReportData, lang: Lang = 'zh'): Pick<Assessment['report'], 'encoding' | 'warnings'> {
  const { encoding, warnings } = report.source ?? {};
  return {
    ...(encoding ? { encoding } : {}),
    ...(warnings?.length ? { warnings: warnings.map((w) => problemMessage(w.code, w.params, lang)) } : {}),
  };
}
