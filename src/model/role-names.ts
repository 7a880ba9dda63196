import type { ReportRole } from './report.js';

/**
 * How each reporter role reads to people, in one place: the full name (messages, the published
 * checklist), the short tag a card puts beside the authority (夏县司法局（司法局）), and English.
 */
export const ROLE_NAMES: Record<ReportRole, { zh: string; zhShort: string; en: string }> = {
  government: { zh: '人民政府', zhShort: '政府', en: 'government' },
  judicial_bureau: { zh: '司法局', zhShort: '司法局', en: 'judicial bureau' },
  department: { zh: '政府工作部门', zhShort: '部门', en: 'government department' },
  township: { zh: '乡镇（街道）', zhShort: '乡镇（街道）', en: 'township (subdistrict)' },
};
