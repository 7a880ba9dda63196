import type { Assessment, Finding } from '../model/assessment.js';

/** How a report card groups findings: what needs work first, then notes, then what was not scored. */
export interface FindingGroups {
  attention: Finding[];
  notes: Finding[];
  notScored: Finding[];
}

const RANK: Record<string, number> = { error: 0, fail: 1, missing: 2, waived: 3 };

export function groupFindings(a: Assessment): FindingGroups {
  const nonPass = a.findings.filter((f) => f.status !== 'pass');
  const counted = (f: Finding) => f.maxPoints > 0 || f.status === 'error' || f.status === 'waived' || (f.veto && f.status === 'fail');
  const attention = nonPass
    .filter(counted)
    .map((f, i) => ({ f, i }))
    .sort((x, y) => Number(y.f.veto && y.f.status === 'fail') - Number(x.f.veto && x.f.status === 'fail') || RANK[x.f.status]! - RANK[y.f.status]! || x.i - y.i)
    .map(({ f }) => f);
  const rest = nonPass.filter((f) => !counted(f));
  return {
    attention,
    notes: rest.filter((f) => f.status !== 'missing' || f.severity === 'info'),
    notScored: rest.filter((f) => f.status === 'missing' && f.severity !== 'info'),
  };
}

export function reportTitle(a: Assessment, lang: 'zh' | 'en'): string {
  const who = a.report.authority ?? '';
  const year = a.report.year !== undefined ? (lang === 'zh' ? `${a.report.year}年度` : `${a.report.year}`) : '';
  return [who, year].filter(Boolean).join(lang === 'zh' ? ' ' : ', ');
}
