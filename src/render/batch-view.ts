import type { Assessment, Finding } from '../model/assessment.js';
import type { BatchError, BatchResult, Comparison } from '../model/batch.js';
import type { RosterReportEntry, RosterUnitEntry } from '../model/roster.js';
import { isShortfall } from '../score/shortfall.js';
import { rankAssessments, rankNumbers } from '../score/rank.js';
import { isGateFailure, listedFindings } from './finding-groups.js';
import { close, col, open, roleLabel, statusLabel, type Lang } from './labels.js';
import { punctuation } from '../util/lang.js';
import { reviewNote } from './review-view.js';

/** The rows every batch format shows, computed once: rank, counts, per-category scores, last year's change. */
export interface SummaryRow {
  /**
   * absent for a report a roster does not count (matching no unit, ambiguous, a unit's second report): listed, not
   * ranked
   */
  rank: number | undefined;
  a: Assessment;
  /** counted shortfalls: fail (a failed gate included), rule error, or a missing fact that cost points */
  shortfalls: number;
  /** rules that do not apply (不适用): not shortfalls, counted apart */
  notApplicable: number;
  /** by category id; absent when the report has no such category */
  categories: Map<string, { score: number; maxScore: number }>;
  comparison?: Comparison;
  /** with --roster, a counted report: its rank among the counted reports of its role (departments with departments) */
  roleRank?: number;
  /** with --roster: how the report was matched, what the roster supplied, what conflicts */
  roster?: RosterReportEntry;
}

export interface BatchView {
  batch: BatchResult;
  rows: SummaryRow[];
  /**
   * The rows ranked: all of them without a roster; with one, the first `ranked` (each unit's
   * counted report). A summary table shows those, then `units`, then the rest of `rows`.
   */
  ranked: number;
  /** with --roster: the units without a counted report — 未报送 (graded, ranked last) and not scored — in roster order */
  units: RosterUnitEntry[];
  /** with --roster, per unit of `units`: a 未报送 unit's rank in its role, after that role's counted reports */
  unitRoleRanks: (number | undefined)[];
  /** every category seen, in first-seen (pack) order */
  categories: { id: string; title: string }[];
}

export function batchView(batch: BatchResult): BatchView {
  const ranked = batch.assessments;
  // With a roster only the reports counted for a unit are ranked: they come first (batch/roster-round.ts).
  const countedCount = batch.roster ? batch.roster.reports.filter((r) => r.counted).length : ranked.length;
  const ranks = rankNumbers(ranked.slice(0, countedCount));
  const rosterByFile = new Map((batch.roster?.reports ?? []).map((r) => [r.file, r]));
  const categories = new Map<string, string>();
  for (const a of ranked) for (const c of a.categories) if (!categories.has(c.id)) categories.set(c.id, c.title);
  const byFile = new Map((batch.comparisons ?? []).map((c) => [c.file, c]));
  const units = (batch.roster?.units ?? []).filter((u) => u.status !== 'submitted');
  const byRole = batch.roster ? rolesRanked(ranked.slice(0, countedCount)) : undefined;
  return {
    batch,
    categories: [...categories].map(([id, title]) => ({ id, title })),
    ranked: countedCount,
    units,
    unitRoleRanks: units.map((u) =>
      byRole && u.status === 'not_submitted' ? (byRole.counts.get(u.role) ?? 0) + 1 : undefined,
    ),
    rows: ranked.map((a, i) => {
      const comparison = byFile.get(a.report.file);
      const roster = rosterByFile.get(a.report.file);
      const roleRank = i < countedCount ? byRole?.ranks[i] : undefined;
      return {
        rank: i < countedCount ? ranks[i]! : undefined,
        ...(roleRank !== undefined ? { roleRank } : {}),
        ...(roster ? { roster } : {}),
        a,
        shortfalls: a.findings.filter(isShortfall).length,
        notApplicable: a.findings.filter((f) => f.status === 'not_applicable').length,
        categories: new Map(a.categories.map((c) => [c.id, { score: c.score, maxScore: c.maxScore }])),
        ...(comparison ? { comparison } : {}),
      };
    }),
  };
}

/**
 * The office ranks departments with departments and towns with towns: each counted report's rank among
 * those of its role (in the overall order, ties as rankNumbers gives them), and how many each role has.
 */
function rolesRanked(counted: Assessment[]): { ranks: number[]; counts: Map<string | undefined, number> } {
  const groups = new Map<string | undefined, number[]>();
  counted.forEach((a, i) => {
    const group = groups.get(a.report.role) ?? [];
    group.push(i);
    groups.set(a.report.role, group);
  });
  const ranks: number[] = [];
  for (const indexes of groups.values()) {
    const within = rankNumbers(indexes.map((i) => counted[i]!));
    indexes.forEach((i, k) => {
      ranks[i] = within[k]!;
    });
  }
  return { ranks, counts: new Map([...groups].map(([role, indexes]) => [role, indexes.length])) };
}

/**
 * A batch made from plain assessments (fazhi check): ranked, with the files that could not be scored as its errors,
 * in the order given.
 */
export function batchFromAssessments(
  assessments: Assessment[],
  grades: BatchResult['pack']['grades'] = [],
  errors: BatchError[] = [],
): BatchResult {
  const first = assessments[0];
  return {
    // Without the pack's bands a page cannot tell 不合格 from 优秀 when only one grade occurs.
    pack: { id: first?.pack.id ?? '', title: first?.pack.title ?? '', version: first?.pack.version ?? '', grades },
    total: assessments.length + errors.length,
    interrupted: false,
    assessments: rankAssessments(assessments),
    errors,
  };
}

/** Non-passing findings: everything but pass, failed gates first and not_applicable last (finding-groups.ts). */
export const nonPassing = listedFindings;

/** A finding's status in a findings list: a failed gate says why it matters — 不符合（退回重报）. */
export const listedStatus = (lang: Lang, f: Finding) =>
  isGateFailure(f)
    ? `${statusLabel(lang, f.status)}${open(lang)}${col(lang, 'returned')}${close(lang)}`
    : statusLabel(lang, f.status);

/** The events that scored a finding, each as its id and source document: E1 省司法厅通报；E2 … */
export const eventsCell = (lang: Lang, f: Finding) =>
  f.events?.length ? f.events.map((e) => `${e.id} ${e.source}`).join(punctuation(lang).semicolon) : undefined;

/**
 * The columns a findings table (findings.csv, the workbook's 问题清单) ends a finding's row with,
 * before the file: message, first quote and its line, remedy, events, and with --review the decision.
 */
export const findingDetailCells = (batch: BatchResult, lang: Lang, f: Finding) => {
  const e = f.evidence?.[0];
  return [f.message, e?.quote, e?.line, f.remedy, eventsCell(lang, f), ...(batch.review ? [reviewNote(lang, f)] : [])];
};

/** The role cell: 司法局, or empty when the report does not say. */
export const roleCell = (lang: Lang, a: Assessment) => (a.report.role ? roleLabel(lang, a.report.role) : undefined);
