import type { Pack } from '../pack/compiled-pack.js';
import { formatNumber } from '../pack/template.js';
import { describeScoring } from './describe-condition.js';

const SEVERITY_ZH = { error: '重要', warning: '一般', info: '提示' } as const;

/**
 * The human 评查细则, generated from the pack so the published checklist and the
 * executable rules can never drift. Deterministic: no dates, pack order throughout.
 */
export function checklistMarkdown(pack: Pack): string {
  const m = pack.manifest;
  const total = pack.rules.reduce((s, r) => s + r.rule.points, 0);
  const out: string[] = [
    `<!-- 由 \`fazhi rules doc\` 从 ${m.id} 细则生成，请勿手工修改；改动请修改 YAML 后重新生成。 -->`,
    '',
    `# ${m.title}`,
    '',
    `版本 ${m.version}，共 ${pack.rules.length} 项，满分 ${formatNumber(total)} 分。`,
    '',
  ];
  if (m.description) out.push(m.description.trim(), '');
  out.push('## 评分与等级', '');
  out.push('得分率 = 得分 ÷ 应得分 × 100%。报告未载明、且规则标明“不适用”或“仅作提示”的项目不计入应得分。');
  out.push('');
  out.push('| 等级 | 得分率 |', '|---|---|');
  m.grades.forEach((g, i) => out.push(`| ${g.name} | ${i === m.grades.length - 1 ? `低于 ${m.grades[i - 1]?.min ?? 0}%` : `≥ ${g.min}%`} |`));
  out.push('');
  out.push('## 分类', '', '| 分类 | 项数 | 分值 |', '|---|---:|---:|');
  for (const c of m.categories) {
    const rules = pack.rules.filter((r) => r.rule.category === c.id);
    if (rules.length === 0) continue;
    out.push(`| ${c.title} | ${rules.length} | ${formatNumber(rules.reduce((s, r) => s + r.rule.points, 0))} |`);
  }
  for (const c of m.categories) {
    const rules = pack.rules.filter((r) => r.rule.category === c.id);
    if (rules.length === 0) continue;
    out.push('', `## ${c.title}`, '');
    if (c.description) out.push(c.description, '');
    for (const { rule, facts } of rules) {
      out.push(`### ${rule.title}（${formatNumber(rule.points)}分${rule.veto ? '，一票否决' : ''}）`, '');
      out.push(`- 编号：\`${rule.id}\`；重要程度：${SEVERITY_ZH[rule.severity]}`);
      out.push(`- 评分：${describeScoring(rule, pack, facts)}`);
      if (rule.basis) out.push(`- 依据：${rule.basis}`);
      if (rule.remedy) out.push(`- 整改建议：${rule.remedy}`);
      out.push('');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
