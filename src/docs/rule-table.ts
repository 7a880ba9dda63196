import type { Pack } from '../pack/compiled-pack.js';
import type { ReportRole } from '../model/report.js';
import { ROLE_NAMES } from '../model/role-names.js';
import { formatNumber } from '../util/numbers.js';
import { displayWidth, padEnd } from '../util/text-layout.js';
import type { Lang } from '../util/lang.js';

/** The table's words: its header, who a rule is for, a gate and a veto, the count line. */
const WORDS = {
  zh: {
    head: ['编号', '分类', '分值', '程度', '适用对象', '标题'],
    all: '共性',
    gate: '门槛',
    veto: ' 否决',
    list: '、',
    footer: (n: number, common: number) => `共 ${n} 项（共性 ${common} 项，个性 ${n - common} 项）`,
  },
  en: {
    head: ['id', 'category', 'points', 'severity', 'applies to', 'title'],
    all: 'all',
    gate: 'gate',
    veto: ' veto',
    list: ', ',
    footer: (n: number, common: number) => `${n} rules (${common} for every reporter, ${n - common} role-specific)`,
  },
} as const;

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
  const w = WORDS[lang];
  const head = [...w.head];
  // English names a role by its id, as the pack writes it (appliesTo: [department])
  const who = (r: RuleRow) =>
    r.appliesTo ? r.appliesTo.map((x) => (lang === 'zh' ? ROLE_NAMES[x].zhShort : x)).join(w.list) : w.all;
  const pts = (r: RuleRow) => (r.gate ? w.gate : formatNumber(r.points) + (r.veto ? w.veto : ''));
  const rows = ruleRows(pack).map((r) => [r.id, r.category, pts(r), r.severity, who(r), r.title]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]!))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i]!))).join('  ');
  const common = pack.rules.filter((r) => !r.rule.appliesTo).length;
  const footer = w.footer(rows.length, common);
  return `${[line(head), ...rows.map(line), footer].join('\n')}\n`;
}
