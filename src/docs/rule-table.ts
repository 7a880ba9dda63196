import type { Pack } from '../pack/compiled-pack.js';
import { formatNumber } from '../pack/template.js';
import { displayWidth, padEnd } from '../render/text-layout.js';
import type { Lang } from '../problems/messages.js';

export interface RuleRow {
  id: string;
  title: string;
  category: string;
  points: number;
  severity: string;
  veto: boolean;
}

export function ruleRows(pack: Pack): RuleRow[] {
  return pack.rules.map(({ rule }) => ({ id: rule.id, title: rule.title, category: rule.category, points: rule.points, severity: rule.severity, veto: rule.veto }));
}

/** `fazhi rules list`: a table aligned for a terminal, CJK counted as two columns. */
export function ruleTable(pack: Pack, lang: Lang): string {
  const head = lang === 'zh' ? ['编号', '分类', '分值', '程度', '标题'] : ['id', 'category', 'points', 'severity', 'title'];
  const rows = ruleRows(pack).map((r) => [r.id, r.category, formatNumber(r.points) + (r.veto ? (lang === 'zh' ? ' 否决' : ' veto') : ''), r.severity, r.title]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i]!))).join('  ');
  const total = pack.rules.reduce((s, r) => s + r.rule.points, 0);
  const footer = lang === 'zh' ? `共 ${rows.length} 项，满分 ${formatNumber(total)} 分` : `${rows.length} rules, ${formatNumber(total)} points`;
  return [line(head), ...rows.map(line), footer].join('\n') + '\n';
}
