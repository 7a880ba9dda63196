import type { Pack } from '../pack/compiled-pack.js';
import type { ReportRole } from '../model/report.js';
import { ROLE_NAMES } from '../model/role-names.js';
import { formatNumber } from '../util/numbers.js';
import { displayWidth, padEnd } from '../util/text-layout.js';
import type { Lang } from '../problems/messages.js';


export interface RuleRow {
  id: string;
  title: string;
  category: string;
  points: number;
  severity: string;
  veto: boolean;
  /** the roles the rule applies to; absent: every reporter (共性) */
  appliesTo?: ReportRole[];
  gate?: boolean;
}

export function ruleRows(pack: Pack): RuleRow[] {
  return pack.rules.map(({ rule }) => ({
    id: rule.id,
    title: rule.title,
    category: rule.category,
    points: rule.points,
    severity: rule.severity,
    veto: rule.veto,
    ...(rule.appliesTo ? { appliesTo: [...rule.appliesTo] } : {}),
    ...(rule.gate ? { gate: true } : {}),
  }));
}

/** `fazhi rules list`: a table aligned for a terminal, CJK counted as two columns. */
export function ruleTable(pack: Pack, lang: Lang): string {
  const head = lang === 'zh' ? ['编号', '分类', '分值', '程度', '适用对象', '标题'] : ['id', 'category', 'points', 'severity', 'applies to', 'title'];
  const who = (r: RuleRow) =>
    r.appliesTo ? r.appliesTo.map((x) => (lang === 'zh' ? ROLE_NAMES[x].zhShort : x)).join(lang === 'zh' ? '、' : ', ') : lang === 'zh' ? '共性' : 'all';
  const pts = (r: RuleRow) => (r.gate ? (lang === 'zh' ? '门槛' : 'gate') : formatNumber(r.points) + (r.veto ? (lang === 'zh' ? ' 否决' : ' veto') : ''));
  const rows = ruleRows(pack).map((r) => [r.id, r.category, pts(r), r.severity, who(r), r.title]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i]!))).join('  ');
  const common = pack.rules.filter((r) => !r.rule.appliesTo).length;
  const footer = lang === 'zh' ? `共 ${rows.length} 项（共性 ${common} 项，个性 ${rows.length - common} 项）` : `${rows.length} rules (${common} for every reporter, ${rows.length - common} role-specific)`;
  return [line(head), ...rows.map(line), footer].join('\n') + '\n';
}
