import type { Assessment, Finding } from '../model/assessment.js';
import { close, colon, comma, label, open, roleLabel, statusLabel, type Lang } from './labels.js';
import { isShortfall } from '../score/shortfall.js';

/**
 * How a report card groups findings: why the report is returned (before anything else: the score
 * that follows is provisional), what needs work, notes, what does not apply, what was not scored.
 * Every non-passing finding is in exactly one group.
 */
export interface FindingGroups {
  /** failed gates (退回重报): not an annual report, or not the whole year */
  returned: Finding[];
  attention: Finding[];
  notes: Finding[];
  /** 不适用: the rule does not apply to this reporter, or the report states there was nothing to assess — never 未载明 */
  notApplicable: Finding[];
  notScored: Finding[];
}

/** A failed gate: the report goes back for resubmission (退回重报). */
export const isGateFailure = (f: Finding) => f.gate === true && f.status === 'fail';

/**
 * A finding's one-line message for CI formats: a failed gate says 退回重报 first; a rule that does not apply says so with
 * its reason.
 */
export function oneLineMessage(f: Finding, lang: Lang): string {
  const text = f.message ?? f.title;
  if (isGateFailure(f)) return `${label(lang, 'returned')}${colon(lang)}${text}`;
  if (f.status === 'not_applicable') return `${statusLabel(lang, f.status)}${colon(lang)}${text}`;
  return text;
}

const RANK: Record<string, number> = { error: 0, fail: 1, missing: 2, waived: 3 };

export function groupFindings(a: Assessment): FindingGroups {
  const nonPass = a.findings.filter((f) => f.status !== 'pass');
  // A failed gate has its own block at the top; not_applicable is neither a shortfall nor a note.
  const scoredNonPass = nonPass.filter((f) => !isGateFailure(f) && f.status !== 'not_applicable');
  // 需要关注: the shortfalls that cost points, are rule errors or veto, and the waived (score/shortfall.ts says why it
  // differs).
  const counted = (f: Finding) =>
    f.status === 'waived' || (isShortfall(f) && (f.maxPoints > 0 || f.status === 'error' || f.veto));
  const attention = scoredNonPass
    .filter(counted)
    .map((f, i) => ({ f, i }))
    .sort(
      (x, y) =>
        Number(y.f.veto && y.f.status === 'fail') - Number(x.f.veto && x.f.status === 'fail') ||
        RANK[x.f.status]! - RANK[y.f.status]! ||
        x.i - y.i,
    )
    .map(({ f }) => f);
  const rest = scoredNonPass.filter((f) => !counted(f));
  return {
    returned: nonPass.filter(isGateFailure),
    attention,
    notes: rest.filter((f) => f.status !== 'missing' || f.severity === 'info'),
    notApplicable: nonPass.filter((f) => f.status === 'not_applicable'),
    notScored: rest.filter((f) => f.status === 'missing' && f.severity !== 'info'),
  };
}

/**
 * The non-passing findings a list shows (findings.csv, 问题清单, the HTML report sections): failed
 * gates first, as the reason the report goes back; then the rest in pack order; not_applicable
 * last, kept for the record (with its reason) but after everything a reader acts on.
 */
export function listedFindings(a: Assessment): Finding[] {
  // a finding an assessor reviewed is listed even when it now passes: an override is never hidden
  const nonPass = a.findings.filter((f) => f.status !== 'pass' || f.review !== undefined);
  return [
    ...nonPass.filter(isGateFailure),
    ...nonPass.filter((f) => !isGateFailure(f) && f.status !== 'not_applicable'),
    ...nonPass.filter((f) => f.status === 'not_applicable'),
  ];
}

/** The authority with its role beside it (夏县司法局（司法局）), then the year. */
export function reportTitle(a: Assessment, lang: Lang): string {
  const role = a.report.role ? roleLabel(lang, a.report.role) : '';
  const who = a.report.authority
    ? role
      ? `${a.report.authority}${open(lang)}${role}${close(lang)}`
      : a.report.authority
    : role;
  const year = a.report.year !== undefined ? `${a.report.year}${label(lang, 'yearSuffix')}` : '';
  return [who, year].filter(Boolean).join(lang === 'zh' ? ' ' : ', ');
}

/** A waiver's approver and expiry in brackets: （批准人 张三，有效期至 2025-12-31）. */
export function waiverTerms(lang: Lang, w: NonNullable<Finding['waiver']>): string {
  const expiry = `${label(lang, 'expires')} ${w.expires}`;
  return `${open(lang)}${label(lang, 'approvedBy')} ${w.approver}${comma(lang)}${expiry}${close(lang)}`;
}

/** An assessor-supplied event that scored a finding, with the document it came from: 事件：E1 2024-05-12 …（来源：…）. */
export function eventText(e: NonNullable<Finding['events']>[number], lang: Lang): string {
  const what = [e.id, e.date, e.description].filter(Boolean).join(' ');
  const source = `${open(lang)}${label(lang, 'source')}${colon(lang)}${e.source}${close(lang)}`;
  return `${label(lang, 'event')}${colon(lang)}${what}${source}`;
}
