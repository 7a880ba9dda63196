import type { Pack } from '../pack/compiled-pack.js';
import { STATUS_NAMES } from '../model/status-names.js';
import { formatNumber } from '../util/numbers.js';
import { describeScoring } from './describe-condition.js';
import type { ReportRole } from '../model/report.js';
import { ROLE_NAMES } from '../model/role-names.js';
import { escapeMarkdownText as md } from '../util/markdown-text.js';

const SEVERITY_ZH = { error: '重要', warning: '一般', info: '提示' } as const;
const ROLES: Array<[ReportRole, string]> = [
  ['government', '人民政府（含依法治办代本地区所作报告）'],
  ['judicial_bureau', '司法局'],
  ['department', '其他政府工作部门'],
  ['township', '乡镇人民政府、街道办事处'],
];
const STATUS_ZH: Record<string, string> = STATUS_NAMES.zh;

/** A worked example under a rule: a test case and the status and points the rule gives it. */
export interface DocExample {
  name: string;
  status?: string;
  points?: number;
  maxPoints?: number;
}

/** At most this many examples per rule: enough to show each way it scores, short enough to read. */
const EXAMPLES_PER_RULE = 4;

/**
 * The human 评查细则, generated from the pack so the published checklist and the
 * executable rules can never drift. Deterministic: no dates, pack order throughout.
 */
export function checklistMarkdown(pack: Pack, examples: ReadonlyMap<string, DocExample[]> = new Map()): string {
  const m = pack.manifest;
  const applies = (role: ReportRole) => pack.rules.filter((r) => !r.rule.appliesTo || r.rule.appliesTo.includes(role));
  const common = pack.rules.filter((r) => !r.rule.appliesTo).length;
  const own = pack.rules.length - common;
  const out: string[] = [
    `<!-- 由 \`fazhi rules doc\` 从 ${m.id} 细则生成，请勿手工修改；改动请修改 YAML 后重新生成。 -->`,
    '',
    `# ${md(m.title)}`,
    '',
    `版本 ${m.version}，共 ${pack.rules.length} 项：` +
      `共性指标 ${common} 项适用于所有报告主体，个性指标 ${own} 项只适用于所列主体。`,
    '',
  ];
  if (m.description) out.push(m.description.trim(), '');
  out.push('## 适用对象与满分', '');
  out.push('| 报告主体 | 适用项数 | 满分 |', '|---|---:|---:|');
  for (const [role, title] of ROLES) {
    const rules = applies(role);
    out.push(`| ${md(title)} | ${rules.length} | ${formatNumber(rules.reduce((s, r) => s + r.rule.points, 0))} |`);
  }
  out.push('');
  out.push(
    '报告主体由单位名称判断（如“××县司法局”为司法局），评查名单可以指定；无法判断时按全部指标评查，并提示核对。',
  );
  out.push('');
  out.push('## 评分与等级', '');
  out.push(
    '得分率 = 得分 ÷ 应得分 × ' +
      '100%。“不适用”的项目（不适用于该报告主体，或报告载明本年度没有可评的事项，如未发生行政诉讼案件）不计入得分和应得分；“未载明”的项目除规则注明“不计分”或“仅作提示”外，得0分并计入应得分。',
  );
  out.push('');
  out.push(
    '门槛项（文件类型、报告期间）不计分：不符合的，报告退回重报，得分仅供参考。一票否决和固定扣分只依据评查人员登记的事件，不依据报告用词。',
  );
  out.push('');
  out.push('| 等级 | 得分率 |', '|---|---|');
  m.grades.forEach((g, i) => {
    out.push(`| ${md(g.name)} | ${i === m.grades.length - 1 ? `低于 ${m.grades[i - 1]?.min ?? 0}%` : `≥ ${g.min}%`} |`);
  });
  out.push('');
  out.push('## 分类', '', '| 分类 | 项数 | 分值 |', '|---|---:|---:|');
  for (const c of m.categories) {
    const rules = pack.rules.filter((r) => r.rule.category === c.id);
    if (rules.length === 0) continue;
    out.push(`| ${md(c.title)} | ${rules.length} | ${formatNumber(rules.reduce((s, r) => s + r.rule.points, 0))} |`);
  }
  for (const c of m.categories) {
    const rules = pack.rules.filter((r) => r.rule.category === c.id);
    if (rules.length === 0) continue;
    out.push('', `## ${md(c.title)}`, '');
    if (c.description) out.push(c.description, '');
    for (const compiled of rules) out.push(...ruleSection(pack, compiled, examples.get(compiled.rule.id) ?? []));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/**
 * One rule as the checklist shows it: title and points, id, whom it applies to, scoring, basis,
 * remedy, worked examples.
 */
function ruleSection(pack: Pack, { rule, facts }: Pack['rules'][number], examples: DocExample[]): string[] {
  const kind = rule.gate ? '门槛，不计分' : `${formatNumber(rule.points)}分`;
  const who = rule.appliesTo
    ? `${rule.appliesTo.map((r) => ROLE_NAMES[r].zh).join('、')}（个性指标）`
    : '所有报告主体（共性指标）';
  const out = [
    `### ${md(rule.title)}（${kind}${rule.veto ? '，一票否决' : ''}）`,
    '',
    `- 编号：\`${rule.id}\`；重要程度：${SEVERITY_ZH[rule.severity]}`,
    `- 适用对象：${who}`,
    `- 评分：${describeScoring(rule, pack, facts)}`,
  ];
  if (rule.basis) out.push(`- 依据：${md(rule.basis)}`);
  if (rule.remedy) out.push(`- 整改建议：${md(rule.remedy)}`);
  const shown = pickExamples(examples);
  if (shown.length > 0) {
    out.push('- 示例（取自细则测试用例）：');
    for (const e of shown) {
      const points = e.points !== undefined ? `，得${formatNumber(e.points)}分` : '';
      out.push(`  - ${md(e.name)} → ${STATUS_ZH[e.status ?? ''] ?? ''}${points}`);
    }
  }
  out.push('');
  return out;
}

/**
 * One example per status first (pass, fail, not applicable …), then per distinct points, then the
 * rest, up to the limit.
 */
function pickExamples(all: DocExample[]): DocExample[] {
  const picked: DocExample[] = [];
  for (const key of [
    (e: DocExample) => e.status ?? '',
    (e: DocExample) => `${e.status ?? ''}/${e.points ?? ''}`,
    (e: DocExample) => e,
  ]) {
    for (const e of all) if (!picked.includes(e) && !picked.some((p) => key(p) === key(e))) picked.push(e);
  }
  // Back in the order the tests give them, which reads as a progression.
  return picked.slice(0, EXAMPLES_PER_RULE).sort((a, b) => all.indexOf(a) - all.indexOf(b));
}
