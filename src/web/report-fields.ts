import type { Evidence } from '../model/common.js';
import type { FactDefinition } from '../model/pack.js';
import type { FactValue, ReportData, ReportMeta } from '../model/report.js';
import { ROLE_NAMES } from '../model/role-names.js';
import type { Lang } from '../util/lang.js';

/**
 * The report's own data the form lets a user correct besides the pack's facts: who reports (the
 * role picks the rules that apply), the year, and the dates the deadline rules read — the values
 * a draft most often leaves unstated. They are keyed `report.<field>`, as findings name them.
 */
const FIELDS = {
  role: { zh: '报告单位类型', en: 'Reporter' },
  year: { zh: '报告年度', en: 'Year reported on' },
  documentDate: { zh: '成文日期', en: 'Dated' },
  submittedOn: { zh: '报送日期', en: 'Submitted on' },
  publishedOn: { zh: '公开日期', en: 'Published on' },
} as const;
type Field = keyof typeof FIELDS;

const PREFIX = 'report.';
const fieldOf = (id: string): Field | undefined =>
  id.startsWith(PREFIX) && Object.hasOwn(FIELDS, id.slice(PREFIX.length))
    ? (id.slice(PREFIX.length) as Field)
    : undefined;

/** The fields as the form shows them: a choice of role, a year, dates. */
export function reportFieldDefinitions(lang: Lang): FactDefinition[] {
  const roles = Object.keys(ROLE_NAMES) as Array<keyof typeof ROLE_NAMES>;
  return (Object.keys(FIELDS) as Field[]).map((field) => ({
    id: `${PREFIX}${field}`,
    label: FIELDS[field][lang],
    ...(field === 'role'
      ? {
          type: 'enum' as const,
          values: roles,
          valueLabels: Object.fromEntries(roles.map((r) => [r, lang === 'zh' ? ROLE_NAMES[r].zh : ROLE_NAMES[r].en])),
        }
      : field === 'year'
        ? { type: 'count' as const }
        : { type: 'date' as const }),
  }));
}

/** A fact's value, or a report field's. */
export function statedValue(report: ReportData, id: string): FactValue | undefined {
  const field = fieldOf(id);
  return field ? report.report[field] : report.facts[id];
}

/** The quotes a value was read from. */
export function evidenceOf(report: ReportData, id: string): Evidence[] {
  const field = fieldOf(id);
  return [(field ? report.reportEvidence?.[field] : report.evidence?.[id]) ?? []].flat();
}

/** Sets (or, with undefined, removes) a value in a report being corrected; `note` is added to its quotes. */
export function setValue(out: ReportData, id: string, value: FactValue | undefined, note: string): void {
  const field = fieldOf(id);
  const mark = (e: Evidence): Evidence => ({ ...e, note });
  if (!field) {
    if (value === undefined) delete out.facts[id];
    else out.facts[id] = value;
    const ev = out.evidence?.[id];
    if (ev && out.evidence) {
      if (value === undefined) delete out.evidence[id];
      else out.evidence[id] = Array.isArray(ev) ? ev.map(mark) : mark(ev);
    }
    return;
  }
  const meta = out.report as Record<string, unknown>;
  if (value === undefined) delete meta[field];
  else meta[field] = value as ReportMeta[Field];
  const ev = out.reportEvidence?.[field];
  if (ev && out.reportEvidence) {
    if (value === undefined) delete out.reportEvidence[field];
    else out.reportEvidence[field] = mark(ev);
  }
}

/** What the report model requires of a year beyond being a whole number (model/report.ts). */
export const yearInRange = (id: string, value: FactValue): boolean =>
  fieldOf(id) !== 'year' || (typeof value === 'number' && value >= 2000 && value <= 2100);
