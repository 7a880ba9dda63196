import { simplifiedText } from './simplified-text.js';
import type { ReportData, ReportMeta } from '../model/report.js';
import type { PageMeta } from '../model/page-meta.js';
import type { DerivedFact } from '../model/facts.js';
import type { Pack } from '../pack/compiled-pack.js';
import { boundedRate } from './rate-bounds.js';
import { ProblemError } from '../problems/problem.js';
import { compileExtraction } from './compile.js';
import { CueHits } from './cue-scan.js';
import { findFactMatches } from './facts.js';
import type { ClaimContext, FactMatch } from './claim-match.js';
import { extractMetadata } from './metadata.js';
import { findSections, PartIndex, sectionList } from './sections.js';
import { pastOutsideItsPart, thisYearsFindings } from './past-matters.js';
import { deniedAmongStated } from './denied-coverage.js';
import { unheadedParts } from './unheaded-parts.js';
import type { FoundHeading } from './found-heading.js';
import { applyRespondentOutcomes, ownCasesBefore } from './respondent-outcomes.js';
import { applyOneCaseOutcomes } from './one-case.js';
import { applyAllOfCounts } from './all-of-counts.js';
import { TextIndex } from './text-index.js';
import { writtenOffsets } from './hard-wraps.js';
import { claimWords, partYearWords, tierOfSelfWords, type ClaimWords } from './claim-words.js';
import { withoutParts } from './breakdowns.js';
import { cumulativeBesideYearPart } from './cumulative-totals.js';
import { exampleFigure } from './example-figures.js';
import { anotherCount, ownForRoleless } from './statement-owners.js';
import { applyImpliedActivities } from './implied-facts.js';
import { isDenial } from './denial-values.js';
import { announcesReport, inDomain, sharesKind } from './statement-place.js';
import { relativeScope, scopeRank } from './role-scope.js';
import { OWN } from './scope-names.js';
import { selfNameOf } from './self-name.js';
import { chosenStatements, NUMERIC } from './statement-choice.js';
import {
  applyCoverageRates,
  recordFigure,
  recordGovernmentTiers,
  recordListedValue,
  recordRegionTiers,
  type FactFindings,
} from './recorded-values.js';
import { governmentTierStatements } from './government-tiers.js';
import { withoutRanges } from './count-ranges.js';
import { planAttachments } from './plan-attachments.js';
import { breadcrumbSpans } from './page-chrome.js';
import { applyCoverageCounts } from './coverage-counts.js';
import { withoutUnpairedTiers } from './tier-partners.js';
import { applyDocumentActs } from './document-acts.js';
import { applyRateRatios } from './rate-ratios.js';
import type { FactExtractor } from './compile.js';

/** Parts whose statements are intentions, not results. */
const PLAN_KIND = 'next_year_plan';
const PLAN_SECTIONS = new Set([PLAN_KIND]);
/** Documents whose statements are intentions, not results. */
const PLAN_DOCUMENTS = new Set(['work_plan']);

/**
 * Document text → ReportData, driven only by the pack: its sections' heading cues, its
 * facts' cues and types, and its vocabulary's judgement words. Only result claims count: a
 * negated, target, other-year or other body's figure is not the reporter's result, and a
 * fact stated only in the next-year plan is a plan. Among the rest, the reporter's role
 * decides whose figure a fact takes (scope.ts); equally preferred figures that differ keep
 * the first and record the others as conflicts.
 */
export function extractReport(source: string, pack: Pack, page: PageMeta = {}): ReportData {
  const compiled = compileExtraction(pack);
  if (compiled.problems.length > 0) throw new ProblemError(compiled.problems);
  // (a traditional-character copy of the page is read in simplified characters)
  const text = simplifiedText(source);
  const index = TextIndex.of(text);
  const hits = new CueHits(compiled.scanner, index.text);
  const headings = findSections(index, compiled.sections);
  // (a note correcting figures after the last part, 更正说明：…, is none of it: the pack's correcting words name it)
  const parts = new PartIndex(headings, index.text, claimWords(pack));
  const {
    meta,
    evidence: reportEvidence,
    otherField,
    issuesPlan,
    titleSpan,
  } = extractMetadata(index, headings, page, pack.vocabulary, (at) => inPlanPart(parts, at));
  // one shape for every document's context (with or without a year): see FactExtractor
  const words = meta.period === 'part_year' ? partYearWords(pack) : claimWords(pack);
  // the tier whose region words (全市, 全省) are the reporter's own: a county-level 市 says 全市 of itself
  const tier =
    meta.level === 'county' && meta.region?.endsWith('市')
      ? 'city'
      : (meta.level ?? tierOfSelfWords(words, index.text));
  const ctx: ClaimContext = {
    words,
    year: meta.year,
    undated: false,
    // the roles whose scope preference puts their own figures first (scope.ts)
    ownFirst: scopeRank(meta.role, OWN) === 0,
    self: selfNameOf(words, meta.authority),
    authority: meta.authority,
    reporterScope: (scope) => relativeScope(meta.role, scope, meta.authority, tier, pack.vocabulary.ownArms),
  };

  // the account of the year written unheaded before the first named part: a part for the list, not for the facts
  const unheaded = unheadedParts(index, headings, compiled.sections, titleSpan?.[1] ?? 0);
  const { sections, sectionEvidence } = sectionList(unheaded.length > 0 ? unheaded.concat(headings) : headings);
  const unread = otherField !== undefined || issuesPlan === true;
  const planWords = pack.sections.find((s) => s.id === PLAN_KIND)?.cues ?? [];
  const found = readFacts(compiled.facts, { index, hits, ctx, parts, meta, otherField: unread, titleSpan, planWords });
  applyFactsFromOthers(index, compiled.facts, pack.derived, found, meta, ctx);
  applyDocumentActs(index, compiled.facts, found, meta, titleSpan);

  const report: ReportData = {
    report: meta,
    sections,
    facts: found.facts,
    evidence: found.evidence,
    sectionEvidence,
  };
  if (Object.keys(reportEvidence).length > 0) report.reportEvidence = reportEvidence;
  if (found.unstated.length > 0) report.unstated = found.unstated;
  if (found.conflicts.length > 0) report.conflicts = found.conflicts;
  // a hard-wrapped or glossed document was read without its cuts: its evidence points into the text as written
  if (index.source) writtenOffsets(report, index.source.cuts);
  return report;
}

/**
 * The values one fact's findings give another, once all are read: a partner left with one tier, coverage from rates and
 * counts, one case's outcome, all of a count's cases, activities held by their counts, and a rate's bracketed counts.
 */
function applyFactsFromOthers(
  index: TextIndex,
  facts: FactExtractor[],
  derived: readonly DerivedFact[],
  found: FactFindings,
  meta: ReportMeta,
  ctx: ClaimContext,
): void {
  const words = ctx.words;
  withoutUnpairedTiers(found, facts);
  applyCoverageRates(index, facts, found.facts, found.evidence);
  applyCoverageCounts(index, facts, found.facts, found.evidence, meta.role);
  applyOneCaseOutcomes(index, facts, found);
  applyRespondentOutcomes(index, facts, found, meta, words, ctx.year);
  applyAllOfCounts(index, facts, found);
  applyImpliedActivities(facts, found.facts, found.evidence, found.unstated, words, index.text);
  // 出庭应诉率100%（27/27）: the rate's part and whole, the pack's derived shares saying which facts they are
  applyRateRatios(index, derived, found.facts, found.evidence, found.unstated);
}

/** The document as the facts are read from it. */
interface Document {
  index: TextIndex;
  hits: CueHits;
  ctx: ClaimContext;
  parts: PartIndex;
  meta: ReportMeta;
  /** the title shows another field's document (安全生产工作总结) or issues a plan (印发…工作计划的通知): none of it is read */
  otherField: boolean;
  /** the title line: it names the document (…述职述法报告), it states no fact */
  titleSpan: [number, number] | undefined;
  /** the next-year plan's heading words (sections.yaml next_year_plan cues): an attachment naming one lists plans */
  planWords: readonly string[];
}

/** Whether `at` lies in the next year's plan (a top-level part naming it). */
function inPlanPart(parts: PartIndex, at: number): boolean {
  return parts.at(at)?.kinds.includes(PLAN_KIND) === true;
}

/** Whether every kind of a part is one of `kinds` (a part of shortcomings alone, not one merged with results). */
function onlyKinds(partKinds: readonly string[], kinds: readonly string[]): boolean {
  return partKinds.length > 0 && partKinds.every((k) => kinds.includes(k));
}

/** Whether the fact counts a respondent's own acts, and the reporter's role is none whose it counts. */
function respondentOther(x: FactExtractor, meta: ReportMeta): boolean {
  const r = x.def.respondent;
  return r !== undefined && meta.role !== undefined && !r.roles.includes(meta.role);
}

/**
 * The spans no statement is read from: the title line; a page's breadcrumbs (首页>信息公开>行政执法公示), which
 * name where the site files the page; attachments listing the next year's tasks (附件3：2026年重点任务清单), plans as the
 * next-year part's statements are.
 */
function unstatingSpans(doc: Document): Array<[number, number]> {
  const spans = breadcrumbSpans(doc.index.text);
  if (doc.titleSpan) spans.push(doc.titleSpan);
  spans.push(...planAttachments(doc.index, doc.ctx.words.attachment, doc.meta.year, doc.planWords));
  return spans;
}

/** Whether `at` lies in one of the spans. */
function inSpans(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  for (let k = 0; k < spans.length; k++) if (at >= spans[k]![0] && at < spans[k]![1]) return true;
  return false;
}

/**
 * Whether a statement may be of last year's problems: in their own part (unless found this year), else dated to an
 * earlier year (past-matters.ts) and not what a review the reporter conducted found (conducted-reviews.ts; inside the
 * part a review is a step of the rectification: 针对第一项，…开展专项检查，已整改到位).
 */
function ofPastMatters(doc: Document, x: FactExtractor, h: ReturnType<PartIndex['at']>, at: number): boolean {
  const { index, parts, meta } = doc;
  const w = doc.ctx.words;
  if (x.preferSections !== undefined && inPreferred(parts, h, x.preferSections, at))
    return !thisYearsFindings(index, w, x, meta.year, at, true);
  return pastOutsideItsPart(index, doc.ctx, x, meta, at);
}

/** Every fact of the pack: its accepted statements, then the value they give (or unstated). */
function readFacts(extractors: FactExtractor[], doc: Document): FactFindings {
  const { index, parts, meta } = doc;
  const found: FactFindings = { facts: {}, evidence: {}, conflicts: [], unstated: [] };
  // a work plan (工作要点, 工作计划) states intentions throughout: none of it is a result
  const planDocument = meta.documentType !== undefined && PLAN_DOCUMENTS.has(meta.documentType);
  const unread = planDocument || doc.otherField;
  // whether a running-total word (累计) stands anywhere: most documents have none, and their statements skip the look
  const cumulative = doc.ctx.words.cumulative.occursIn(index.text);
  const examples = doc.ctx.words.exampleClosers.occursIn(index.text);
  let x = extractors[0]!;
  // one judge for every fact (x is the fact at hand): a result, in a part the fact is read from, in a scope it takes?
  const unstating = unstatingSpans(doc);
  const accept = (m: FactMatch): boolean => {
    if (unstating.length > 0 && inSpans(unstating, m.valueOffset)) return false;
    // the clause announcing what follows (现将述职述法情况报告如下) names the report's subject, it claims nothing
    if (announcesReport(index, m.valueOffset)) return false;
    const h = parts.at(m.valueOffset);
    if (h && PLAN_SECTIONS.has(h.kind ?? '')) return false;
    if (x.inSections && !(h && sharesKind(h.kinds, x.inSections))) return false;
    if ((x.preferSections !== undefined || x.def.pastMatters !== undefined) && !ofPastMatters(doc, x, h, m.valueOffset))
      return false;
    // an activity named as a shortcoming (法治宣传形式较为单一) is none held; a denial there (本年度未开展案卷评查) is read
    // (a merged part, 工作成效与不足, tells results too: only a part of those kinds alone)
    if (x.notInSections && h && onlyKinds(h.kinds, x.notInSections) && !isDenial(x, m.value)) return false;
    if (x.domain && !inDomain(index, h, m.valueOffset, x.domain)) return false;
    // 累计培养…4126名，其中2024年新培养638名: the running total is no year's figure
    if (cumulative && NUMERIC.has(x.type) && cumulativeBesideYearPart(index, doc.ctx.words, m.valueOffset, meta.year))
      return false;
    if (anotherCount(index, x, m)) return false;
    // 调解成功率98%以上, 成功率超98%: a bound, no rate
    if (x.type === 'percent' && boundedRate(doc.ctx.words, index.text, m.valueOffset)) return false;
    // a government's own cases as respondent (县政府作为被申请人的…，确认违法1件) are none of its review body's corrections
    if (respondentOther(x, meta) && ownCasesBefore(index, x, meta, doc.ctx.words, m.valueOffset)) return false;
    if (!x.scopes && !NUMERIC.has(x.type) && !x.ownScopeFor) return true;
    m.scope = doc.ctx.reporterScope(m.scope);
    // 如菡渚镇培养107名、荪桥乡培养118名等: others' examples, no count (如我委举办3场次… is still the reporter's own)
    if (examples && m.scope !== OWN && NUMERIC.has(x.type) && exampleFigure(index, doc.ctx.words, m.valueOffset))
      return false;
    if (meta.role === undefined && ownForRoleless(index, doc.ctx.words, x, m)) return false;
    return !x.scopes || x.scopes.has(m.scope);
  };
  // loops by index here and below: see JUDGE_REACH in claim-match.ts
  for (let k = 0; k < extractors.length; k++) {
    x = extractors[k]!;
    const roleless = meta.role !== undefined && x.roles !== undefined && !x.roles.includes(meta.role);
    const matches = inPreferredParts(
      parts,
      x,
      roleless || unread ? [] : findFactMatches(index, x, doc.hits, doc.ctx, accept),
    );
    const results =
      NUMERIC.has(x.type) && x.aggregate !== 'sum'
        ? withoutParts(index, x, doc.ctx.words, matches, meta.role)
        : matches;
    recordFact(found, x, results, index, meta.role, doc.ctx.words);
  }
  return found;
}

/** The value a fact's statements give, recorded: the role picks the statements, their kind how they combine. */
function recordFact(
  found: FactFindings,
  x: FactExtractor,
  results: FactMatch[],
  index: TextIndex,
  role: ReportMeta['role'],
  words: ClaimWords,
): void {
  // (a count closing a range, 8至25件, gives nothing: count-ranges.ts)
  const chosen = withoutRanges(index, x, words, chosenStatements(index, x, results, role, words));
  if (chosen.length === 0) {
    found.unstated.push({ fact: x.id, lookedFor: x.lookedFor });
    return;
  }
  // a government's own figure and its departments' in one sentence, the region's unsaid: added (government-tiers.ts)
  const tiers = governmentTierStatements(index, x, results, chosen, role, words);
  if (tiers) recordGovernmentTiers(found, x.id, tiers, role);
  else if (x.valueCues) recordListedValue(found, x.id, deniedAmongStated(index, x, chosen, role), index, role);
  else if (!recordRegionTiers(found, x, results, chosen, index, role, words))
    recordFigure(found, x, chosen, index, role, words);
}

/**
 * A fact's statements in the parts it prefers (`preferSections`), when there are any there: the report's own part on
 * last year's problems tells their rectification, an audit's problems rectified in the measures part do not.
 */
function inPreferredParts(parts: PartIndex, x: FactExtractor, matches: FactMatch[]): FactMatch[] {
  const preferred = x.preferSections;
  if (preferred === undefined || matches.length < 2) return matches;
  const inPart = matches.filter((m) => inPreferred(parts, parts.at(m.valueOffset), preferred, m.valueOffset));
  return inPart.length > 0 ? inPart : matches;
}

/** Whether an offset lies in a part of the kinds, or in a clearly titled sub-part of them. */
function inPreferred(parts: PartIndex, h: FoundHeading | undefined, kinds: string[], at: number): boolean {
  if (h !== undefined && sharesKind(h.kinds, kinds)) return true;
  const sub = parts.subPartAt(at);
  return sub !== undefined && sharesKind(sub.kinds, kinds);
}

/** A document read by src/ingest → ReportData. */
export function extractDocument(doc: { text: string; meta: PageMeta }, pack: Pack): ReportData {
  return extractReport(doc.text, pack, doc.meta);
}
