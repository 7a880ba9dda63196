import type { Condition, TopLevelCondition } from '../model/condition.js';
import type { Deduction, Rule, Tier } from '../model/pack.js';
import type { Pack } from '../pack/compiled-pack.js';
import { formatNumber } from '../util/numbers.js';
import { ROLE_NAMES } from '../model/role-names.js';

const OPERATOR_ZH: Record<string, string> = {
  equal: '为',
  notEqual: '不为',
  in: '为以下之一：',
  notIn: '不为以下任一：',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
  dateBefore: '早于',
  dateOnOrBefore: '不晚于',
  dateAfter: '晚于',
  dateOnOrAfter: '不早于',
};

const METADATA_ZH: Record<string, string> = {
  '$.year': '报告年度',
  '$.publishedOn': '公开日期',
  '$.documentDate': '成文日期',
  '$.authority': '报告机关',
  '$.region': '地区',
  '$.level': '层级',
  '$.role': '报告主体类型',
  '$.documentType': '文件类型',
  '$.period': '报告期间',
  '$.submittedOn': '报送日期',
};

/** How metadata enum values read in the published checklist. */
export const METADATA_VALUES_ZH: Record<string, Record<string, string>> = {
  '$.role': Object.fromEntries(Object.entries(ROLE_NAMES).map(([role, names]) => [role, names.zh])),
  '$.documentType': {
    annual_report: '法治政府建设年度报告',
    work_summary: '工作总结',
    work_plan: '工作要点或计划',
    duty_report: '述职报告',
    other: '其他文件',
  },
  '$.period': { full_year: '全年', part_year: '部分年度' },
};

/** A condition in plain Chinese, as the published checklist prints it: “出庭应诉率 ≥ 100%”. */
export function describeCondition(condition: TopLevelCondition | Condition, pack: Pack): string {
  const named = pack.conditions;
  const walk = (c: Condition, nested: boolean): string => {
    if ('all' in c)
      return group(
        c.all.map((x) => walk(x, true)),
        '且',
        nested,
      );
    if ('any' in c)
      return group(
        c.any.map((x) => walk(x, true)),
        '或',
        nested,
      );
    if ('not' in c) return `并非（${walk(c.not, false)}）`;
    if ('condition' in c) return named[c.condition] ? walk(named[c.condition]!, nested) : c.condition;
    return leaf(c);
  };
  const group = (parts: string[], joiner: string, nested: boolean) =>
    parts.length === 1 ? parts[0]! : nested ? `（${parts.join(joiner)}）` : parts.join(joiner);
  const leaf = (c: Extract<Condition, { fact: string }>): string => {
    if (c.fact === 'sections') {
      const title = pack.sections.find((s) => s.id === c.value)?.title ?? String(c.value);
      return c.operator.endsWith('doesNotContain') ? `报告无“${title}”部分` : `报告含“${title}”部分`;
    }
    const subject = c.fact === 'report' ? (METADATA_ZH[c.path ?? ''] ?? `报告${c.path}`) : pack.catalog.label(c.fact);
    const op = c.operator.split(':');
    const base = op.pop()!;
    const negated = op.includes('not');
    // "≥ 0件" says nothing to a reader: a count or rate compared with ≥ 0 only asks that it be stated.
    if (base === 'greaterThanInclusive' && c.value === 0 && !negated) return `报告载明${subject}`;
    const labels = c.fact === 'report' ? METADATA_VALUES_ZH[c.path ?? ''] : undefined;
    const value = labels
      ? (Array.isArray(c.value) ? c.value : [c.value]).map((v) => `“${labels[String(v)] ?? String(v)}”`).join('、')
      : describeValue(c.fact, c.value, pack);
    const symbol = OPERATOR_ZH[base] ?? base;
    const text = /^[<>≤≥]$/.test(symbol) ? `${subject} ${symbol} ${value}` : `${subject}${symbol}${value}`;
    return negated ? `并非（${text}）` : text;
  };
  return walk(condition, false);
}

function describeValue(fact: string, value: unknown, pack: Pack): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return pack.catalog.label((value as { fact: string }).fact);
  const def = pack.catalog.definition(fact);
  const unit = def ? (def.type === 'percent' ? '%' : (def.unit ?? '')) : (pack.catalog.derived(fact)?.unit ?? '');
  const one = (v: unknown) => {
    if (typeof v === 'number') return `${formatNumber(v)}${unit}`;
    if (typeof v === 'boolean') return v ? '是' : '否';
    return `“${pack.catalog.valueLabel(fact, v) ?? String(v)}”`;
  };
  return Array.isArray(value) ? value.map(one).join('、') : one(value);
}

/** How a rule scores, written out: “出庭应诉率 ≥ 100% 得8分；每低1个百分点扣1分，扣完为止”. */
export function describeScoring(rule: Rule, pack: Pack, facts: string[]): string {
  const parts: string[] = [];
  if (rule.when) {
    parts.push(
      rule.points > 0
        ? `${describeCondition(rule.when, pack)}，得${formatNumber(rule.points)}分；否则得0分`
        : `须满足：${describeCondition(rule.when, pack)}（不计分）`,
    );
  }
  if (rule.tiers) {
    const tiers = rule.tiers.map((t: Tier) => `${describeCondition(t.when, pack)}，得${formatNumber(t.points)}分`);
    parts.push(`${tiers.join('；')}；以上均不满足得0分（按顺序取第一个满足的档次）`);
  }
  if (rule.deduct) parts.push(describeDeduction(rule.deduct, rule.points, pack));
  if (rule.onEvent) {
    parts.push(
      `依据评查人员登记的事件计分，不依据报告用词：未登记本单位事件的得${formatNumber(rule.points)}分；` +
        (rule.onEvent.perEvent
          ? `每登记一起扣${formatNumber(rule.onEvent.perEvent)}分，扣完为止`
          : '登记有事件的得0分'),
    );
  }
  if (rule.tiers) parts.push('各档所需数据只要有一档载明即可评分');
  const missing = rule.onEvent
    ? {
        fail: '未提供事件登记的，得0分（计入总分）',
        skip: '未提供事件登记的，需人工核对，不计分',
        info: '未提供事件登记的，需人工核对，仅作提示',
      }[rule.missing]
    : {
        fail: `未载明所需数据的，得0分（计入总分）`,
        skip: '未载明所需数据的，不计分（不计入应得分）',
        info: '未载明所需数据的，仅作提示、不计分',
      }[rule.missing];
  // Sections are always known; the absence policy only matters for rules that read stated facts.
  if (rule.onEvent || facts.some((f) => f !== 'sections')) parts.push(missing);
  if (rule.notApplicable) parts.push(`${describeCondition(rule.notApplicable.when, pack)}的，本项不适用、不计分`);
  if (rule.gate) parts.push('本项为门槛：不符合的，退回重报，得分仅供参考');
  if (rule.veto) parts.push('不符合的，实行一票否决，等级直接评为最低档');
  return `${parts.join('。')}。`;
}

function describeDeduction(d: Deduction, points: number, pack: Pack): string {
  // A derived fact has no type of its own; its unit says whether it is a percentage.
  const percent = pack.catalog.definition(d.fact)?.type === 'percent' || pack.catalog.derived(d.fact)?.unit === '%';
  const unit = percent
    ? '个百分点'
    : (pack.catalog.definition(d.fact)?.unit ?? pack.catalog.derived(d.fact)?.unit ?? '');
  const target = `${formatNumber(d.target)}${percent ? '%' : unit}`;
  const direction = d.direction === 'below' ? '低' : '高';
  const partial = {
    ceil: `，不足${formatNumber(d.per)}${unit}的按${formatNumber(d.per)}${unit}计`,
    floor: `，不足${formatNumber(d.per)}${unit}的不扣分`,
    exact: '，按比例扣分',
  }[d.partial];
  const bound = d.direction === 'below' ? '≥' : '≤';
  const full = `${pack.catalog.label(d.fact)} ${bound} ${target}，得${formatNumber(points)}分`;
  return `${full}；每${direction}${formatNumber(d.per)}${unit}扣${formatNumber(d.points)}分${partial}，扣完为止`;
}
