import type { Evidence } from '../model/common.js';
import type { FactValue, ReportData } from '../model/report.js';
import type { PageMeta } from '../ingest/html.js';
import type { Pack } from '../pack/compiled-pack.js';
import { ProblemError } from '../problems/problem.js';
import { compileExtraction } from './compile.js';
import { CueHits } from './cue-scan.js';
import { findFactMatches, type FactMatch } from './facts.js';
import { extractMetadata } from './metadata.js';
import { findSections, sectionAt } from './sections.js';
import { TextIndex } from './text-index.js';

/** Parts whose statements are intentions, not results. */
const PLAN_SECTIONS = new Set(['next_year_plan']);

/**
 * Document text → ReportData, driven only by the pack: its sections' heading cues and its
 * facts' cues and types. Facts stated only in the next-year plan are not results; a fact
 * stated twice with different values keeps the first and records the other as a conflict.
 */
export function extractReport(text: string, pack: Pack, page: PageMeta = {}): ReportData {
  const compiled = compileExtraction(pack);
  if (compiled.problems.length > 0) throw new ProblemError(compiled.problems);
  const index = new TextIndex(text);
  const hits = new CueHits(compiled.scanner, text);
  const headings = findSections(index, compiled.sections);

  const sections: string[] = [];
  const sectionEvidence: Record<string, Evidence> = {};
  for (const h of headings) {
    if (!sections.includes(h.kind)) {
      sections.push(h.kind);
      sectionEvidence[h.kind] = h.evidence;
    }
  }

  const facts: Record<string, FactValue> = {};
  const evidence: Record<string, Evidence | Evidence[]> = {};
  const conflicts: NonNullable<ReportData['conflicts']> = [];
  const unstated: NonNullable<ReportData['unstated']> = [];
  for (const x of compiled.facts) {
    const results = findFactMatches(index, x, hits).filter((m) => !PLAN_SECTIONS.has(sectionAt(headings, m.valueOffset) ?? ''));
    if (results.length === 0) {
      unstated.push({ fact: x.def.id, lookedFor: x.lookedFor });
      continue;
    }
    if (x.valueCues) {
      // enum/boolean: the first value the pack lists that the results state, at its first statement
      // an item heading (“一是落实普法责任制。”) names a topic; quote a statement of the same value when there is one
      const ranked = [...results].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.evidence.offset! - b.evidence.offset!);
      const top = ranked.filter((m) => m.rank === ranked[0]!.rank);
      const best = top.find((m) => !isItemHeading(index, m.evidence.offset!)) ?? top[0]!;
      facts[x.def.id] = best.value;
      evidence[x.def.id] = best.evidence;
      continue;
    }
    const first = results[0]!;
    if (x.def.aggregate === 'sum' && typeof first.value === 'number') {
      const group = sameSentence(index, results, first);
      facts[x.def.id] = group.reduce((s, m) => s + (m.value as number), 0);
      evidence[x.def.id] = group.length === 1 ? first.evidence : group.map((m) => m.evidence);
      continue;
    }
    facts[x.def.id] = first.value;
    evidence[x.def.id] = first.evidence;
    const reported = new Set<FactValue>([first.value]);
    for (const m of results.slice(1)) {
      if (reported.has(m.value)) continue;
      reported.add(m.value);
      conflicts.push({ fact: x.def.id, kept: first.value, other: m.value, evidence: m.evidence });
    }
  }

  const report: ReportData = {
    report: extractMetadata(index, headings[0]?.offset, page),
    sections,
    facts,
    evidence,
    sectionEvidence,
  };
  if (unstated.length > 0) report.unstated = unstated;
  if (conflicts.length > 0) report.conflicts = conflicts;
  return report;
}

function sameSentence(index: TextIndex, results: FactMatch[], first: FactMatch): FactMatch[] {
  const [ss, se] = index.sentence(first.valueOffset);
  return results.filter((m) => m.valueOffset >= ss && m.valueOffset < se);
}

/** A document read by src/ingest → ReportData. */
export function extractDocument(doc: { text: string; meta: PageMeta }, pack: Pack): ReportData {
  return extractReport(doc.text, pack, doc.meta);
}

const ITEM_MARK = /^(?:[一二三四五六七八九十]+是|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/u;

/** A short one-clause sentence opening with an item number: a heading, not a statement. */
function isItemHeading(index: TextIndex, offset: number): boolean {
  const [s, e] = index.sentence(offset);
  const sentence = index.text.slice(s, e).trim();
  return sentence.length <= 14 && ITEM_MARK.test(sentence) && !/[,，；;]/u.test(sentence);
}
