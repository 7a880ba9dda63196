import type { ProblemCode } from './problem.js';
import type { MessageTable, Params } from './template.js';

// The problems of a pack and of the files checked against a schema (pack.*, schema.*), kept beside
// the other messages in a file of their own: messages.ts spreads them into its table.

/** A range's comparison in words, for schema.range. */
const COMPARISON_ZH: Record<string, string> = { '>=': '不小于', '<=': '不大于', '>': '大于', '<': '小于' };

export const PACK_MESSAGES = {
  'schema.required': {
    zh: (p) => `缺少必填字段“${p.field}”`,
    en: (p) => `missing required field "${p.field}"`,
  },
  'schema.unknown-field': {
    zh: (p) => `不认识的字段“${p.field}”${p.suggestion ? `；是否应为“${p.suggestion}”？` : `；可用字段：${p.allowed}`}`,
    en: (p) =>
      `unknown field "${p.field}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : `; allowed: ${p.allowed}`}`,
  },
  'schema.type': {
    zh: (p) => `类型错误：应为${typeZh(String(p.expected))}，实际为${typeZh(String(p.actual))}`,
    en: (p) => `wrong type: expected ${p.expected}, found ${p.actual}`,
  },
  'schema.enum': {
    zh: (p) => `取值“${p.actual}”无效；可选：${p.allowed}`,
    en: (p) => `invalid value "${p.actual}"; allowed: ${p.allowed}`,
  },
  'schema.pattern': {
    zh: (p) => `格式不对：“${p.actual}”应为${FORMAT_ZH[String(p.pattern)] ?? ` ${p.expected}`}`,
    en: (p) => `bad format: "${p.actual}" should be ${p.expected}`,
  },
  'schema.range': {
    zh: (p) => `数值 ${p.actual} 超出范围：应${COMPARISON_ZH[String(p.comparison)] ?? '小于'} ${p.limit}`,
    en: (p) => `value ${p.actual} out of range: must be ${p.comparison} ${p.limit}`,
  },
  'schema.length': {
    zh: (p) => `长度不符：至少需要 ${p.limit} 项（字符）`,
    en: (p) => `too short: needs at least ${p.limit} item(s) or character(s)`,
  },
  'schema.unique': {
    zh: () => '列表中有重复项；请去掉重复',
    en: () => 'the list has duplicate items; remove them',
  },
  'schema.other': {
    zh: (p) => `不符合格式要求：${p.reason}`,
    en: (p) => `does not match the schema: ${p.reason}`,
  },
  'pack.missing-file': {
    zh: (p) => `细则目录缺少 ${p.name}；每个细则需有 pack.yaml、facts.yaml、sections.yaml、checklist.yaml`,
    en: (p) => `the pack has no ${p.name}; a pack needs pack.yaml, facts.yaml, sections.yaml and checklist.yaml`,
  },
  'pack.not-a-directory': {
    zh: () => '这不是细则目录；--rules 应为含 pack.yaml 的目录，或内置细则名（如 national）',
    en: () => 'not a rule pack: --rules takes a directory holding pack.yaml, or a bundled pack name (e.g. national)',
  },
  'pack.unknown-fact': {
    zh: (p) =>
      `未定义的事实“${p.fact}”${p.suggestion ? `；是否应为“${p.suggestion}”？` : '；请先在 facts.yaml 中定义'}`,
    en: (p) =>
      `unknown fact "${p.fact}"` +
      (p.suggestion ? `; did you mean "${p.suggestion}"?` : '; define it in facts.yaml first'),
  },
  'pack.unknown-category': {
    zh: (p) => `未定义的分类“${p.category}”；可用分类：${p.allowed}`,
    en: (p) => `unknown category "${p.category}"; categories: ${p.allowed}`,
  },
  'pack.unknown-operator': {
    zh: (p) =>
      `未知的运算符“${p.operator}”${p.suggestion ? `；是否应为“${p.suggestion}”？` : ''}（可用：${p.allowed}）`,
    en: (p) =>
      `unknown operator "${p.operator}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''} ` +
      `(operators: ${p.allowed})`,
  },
  'pack.unknown-section': {
    zh: (p) => `未定义的报告部分“${p.section}”；可用：${p.allowed}`,
    en: (p) => `unknown section "${p.section}"; sections: ${p.allowed}`,
  },
  'pack.unknown-condition': {
    zh: (p) => `引用了未定义的命名条件“${p.name}”；请在 checklist.yaml 的 conditions 中定义`,
    en: (p) => `reference to undefined condition "${p.name}"; define it under conditions in checklist.yaml`,
  },
  'pack.duplicate-id': {
    zh: (p) =>
      `重复的${ID_KIND_ZH[String(p.kind)] ?? p.kind} id“${p.id}”（第一次出现在第 ${p.firstLine} 行）；每个 id 只能出现一次`,
    en: (p) => `duplicate ${p.kind} id "${p.id}" (first at line ${p.firstLine}); ids must be unique`,
  },
  'pack.reserved-id': {
    zh: (p) =>
      `${ID_KIND_ZH[String(p.kind)] ?? p.kind} id“${p.id}”是保留名（${RESERVED_WHY[String(p.why)]?.zh ?? p.why}），不能再定义；` +
      `请改用其他 id`,
    en: (p) =>
      `${p.kind} id "${p.id}" is reserved (${RESERVED_WHY[String(p.why)]?.en ?? p.why}) and cannot be defined; ` +
      `choose another id`,
  },
  'pack.condition-shape': {
    zh: (p) => `条件写法不对：${CONDITION_SHAPE[p.reason as ConditionShapeReason].zh(p)}`,
    en: (p) => `malformed condition: ${CONDITION_SHAPE[p.reason as ConditionShapeReason].en(p)}`,
  },
  'pack.scoring-form': {
    zh: () => '规则须恰好有 when、tiers、deduct、onEvent 四者之一',
    en: () => 'a rule needs exactly one of when, tiers, deduct, onEvent',
  },
  'pack.tier-points': {
    zh: (p) => `档次得分 ${p.tierPoints} 超过规则分值 ${p.points}`,
    en: (p) => `tier points ${p.tierPoints} exceed the rule's points ${p.points}`,
  },
  'pack.tier-unreachable': {
    zh: (p) => `第 ${p.tier} 档永远不会被选中：满足它的报告都先满足第 ${p.earlier} 档；请把条件更严的档次放在前面`,
    en: (p) =>
      `tier ${p.tier} can never be chosen: every report meeting it meets tier ${p.earlier} first; put the stricter ` +
      `tier first`,
  },
  'pack.enum-value': {
    zh: (p) => `事实“${p.fact}”没有取值“${p.value}”；可选：${p.allowed}`,
    en: (p) => `fact "${p.fact}" has no value "${p.value}"; values: ${p.allowed}`,
  },
  'pack.derived-inputs': {
    zh: (p) =>
      `派生事实运算 ${p.op} 的参数不对：${
        {
          'no-of': '不应有 of',
          exactly: `of 须恰好列出 ${p.n} 个事实`,
          'at-least': `of 至少列出 ${p.n} 个事实`,
          'month-day': '须写 month 和 day',
        }[String(p.reason)]
      }`,
    en: (p) =>
      `derived fact op ${p.op} has wrong inputs: ${
        {
          'no-of': 'it takes no of',
          exactly: `of must list exactly ${p.n} fact(s)`,
          'at-least': `of must list at least ${p.n} facts`,
          'month-day': 'it needs month and day',
        }[String(p.reason)]
      }`,
  },
  'pack.derived-cycle': {
    zh: (p) => `派生事实循环依赖：${p.cycle}`,
    en: (p) => `derived facts depend on each other in a cycle: ${p.cycle}`,
  },
  'pack.fact-reference': {
    zh: (p) =>
      `${p.field}：“${p.fact}”是${FACT_KIND_ZH[String(p.type)] ?? p.type}类事实，此处须为${FACT_KIND_ZH[String(p.want)] ?? p.want}类事实；请改写`,
    en: (p) => `${p.field}: "${p.fact}" is a ${p.type} fact where a ${p.want} fact belongs; change it`,
  },
  'pack.cues-without-words': {
    zh: (p) => `${p.cues} 只在同时给出 ${p.words} 时才起作用；请补上 ${p.words}，或删去 ${p.cues}`,
    en: (p) =>
      `${p.cues} count only beside ${p.words}, which this fact does not give; add ${p.words} or remove ${p.cues}`,
  },
  'pack.template-fact': {
    zh: (p) => `消息模板中的 {{${p.name}}} 不是本规则用到的事实；可用：${p.allowed}`,
    en: (p) => `{{${p.name}}} in the message is not a fact this rule uses; available: ${p.allowed}`,
  },
  'pack.grades': {
    zh: () => '等级须按分数线从高到低排列，最后一档的分数线为 0',
    en: () => 'grades must run from the highest threshold down, the last one at 0',
  },
  'pack.extends-cycle': {
    zh: (p) => `细则继承形成循环：${p.chain}；请去掉其中一处 extends`,
    en: (p) => `packs extend each other in a cycle: ${p.chain}; remove one extends`,
  },
  'pack.extends-missing': {
    zh: (p) => `找不到 extends 指定的上级细则“${p.parent}”；请写相对于本文件的目录，或内置细则名（如 national）`,
    en: (p) =>
      `the parent pack "${p.parent}" named by extends does not exist; give a directory relative to this file or a ` +
      `bundled pack name (e.g. national)`,
  },
  'pack.rule-exists': {
    zh: (p) => `规则“${p.id}”已在上级细则中定义；要修改它，请写在 overrides 中`,
    en: (p) => `rule "${p.id}" is already defined by the parent pack; change it under overrides`,
  },
  'pack.unknown-override': {
    zh: (p) => `overrides 中的规则“${p.id}”在上级细则中不存在；新增规则请写在 rules 中`,
    en: (p) => `overrides names rule "${p.id}", which no parent pack defines; add new rules under rules`,
  },
} satisfies Partial<MessageTable<ProblemCode>>;

/** A pack id's kind in Chinese, for duplicate and reserved id messages. */
const ID_KIND_ZH: Record<string, string> = { fact: '事实', rule: '规则', category: '分类', section: '报告部分' };
/** Why a fact id is reserved (pack.reserved-id). */
const RESERVED_WHY: Record<string, { zh: string; en: string }> = {
  builtin: {
    zh: '内置事实：report 为报告元数据，sections 为找到的报告部分',
    en: 'a built-in fact: report is the metadata, sections the parts found',
  },
  template: {
    zh: '消息模板参数：{{points}} 为得分，{{maxPoints}} 为分值',
    en: 'a message template parameter: {{points}} is the points earned, {{maxPoints}} the points at stake',
  },
  object: {
    zh: 'JavaScript 对象的内置属性名，会与对象自带的属性混淆',
    en: "a built-in property name of JavaScript objects, which would be taken for the object's own machinery",
  },
};

/** The id and date formats of the schemas, in Chinese (their schema descriptions are English). */
const FORMAT_ZH: Record<string, string> = {
  '^[a-z][A-Za-z0-9]*$': '小驼峰写法的 id，如 headAppearanceRate',
  '^[a-z][a-z0-9_]*$': '小写字母、数字和下划线组成的 id，如 measures_and_results',
  '^[a-z][a-z0-9_]*(\\.[a-z0-9][a-z0-9-]*)+$': '以点分隔的规则 id，如 litigation.head-appearance-rate',
  '^\\d{4}-\\d{2}-\\d{2}$': 'YYYY-MM-DD 格式的日期，如 2025-03-31',
};

/** A fact's type as a kind of fact (计数类事实). */
const FACT_KIND_ZH: Record<string, string> = {
  count: '计数',
  percent: '百分比',
  boolean: '是/否',
  enum: '枚举',
  date: '日期',
  text: '文字',
};

const TYPE_ZH: Record<string, string> = {
  number: '数字',
  integer: '整数',
  string: '文字',
  boolean: '是/否（true/false）',
  object: '映射（键: 值）',
  array: '列表',
  null: '空值',
  percent: '百分数（数字，100 表示 100%）',
  count: '非负整数',
  enum: '枚举值',
  date: '日期（YYYY-MM-DD）',
  text: '文字',
};
export function typeZh(t: string): string {
  return t
    .split(/\s*(?:,|\|| or )\s*/)
    .map((x) => TYPE_ZH[x] ?? x)
    .join('或');
}

const CONDITION_SHAPE = {
  'top-level': {
    zh: () => '顶层条件须为 all、any、not 或 condition（json-rules-engine 的要求）；单个条件请写成 all: [ … ]',
    en: () =>
      'a top-level condition must be all, any, not or condition (json-rules-engine requires it); wrap a single ' +
      'condition in all: [ … ]',
  },
  'not-mapping': { zh: () => '应为映射（一个条件）', en: () => 'expected a mapping (one condition)' },
  'several-kinds': {
    zh: (p: Params) => `同一层只能有 all、any、not、condition 之一，这里有 ${p.kinds}`,
    en: (p: Params) => `one level takes only one of all, any, not, condition; found ${p.kinds}`,
  },
  'extra-key': {
    zh: (p: Params) => `“${p.kind}”条件中不应有字段“${p.key}”`,
    en: (p: Params) => `a "${p.kind}" condition cannot have the field "${p.key}"`,
  },
  'not-list': {
    zh: (p: Params) => `${p.kind} 后应为条件列表`,
    en: (p: Params) => `${p.kind} takes a list of conditions`,
  },
  'reference-name': {
    zh: () => 'condition 后应为命名条件的名称',
    en: () => 'condition takes the name of a named condition',
  },
  'unknown-key': {
    zh: (p: Params) => `不认识的字段“${p.key}”${p.hint ? `；是否应为“${p.hint}”？` : ''}`,
    en: (p: Params) => `unknown field "${p.key}"${p.hint ? `; did you mean "${p.hint}"?` : ''}`,
  },
  'leaf-needs': {
    zh: (p: Params) => `缺少 ${p.key}（条件须有 fact、operator、value）`,
    en: (p: Params) => `missing ${p.key} (a condition needs fact, operator and value)`,
  },
  path: {
    zh: () => 'path 应为简单 JSONPath，例如 $.publishedOn 或 $.items[0]',
    en: () => 'path must be a simple JSONPath such as $.publishedOn or $.items[0]',
  },
  'value-ref': {
    zh: () => 'value 为映射时表示引用另一事实，须写成 { fact: 事实名 }',
    en: () => 'a mapping as value refers to another fact: write { fact: factId }',
  },
  'empty-list': {
    zh: (p: Params) => `${p.kind}: [] 没有条件（${p.kind === 'all' ? '永远满足' : '永远不满足'}）；请列出条件或删除它`,
    en: (p: Params) =>
      `${p.kind}: [] lists no condition (it ${p.kind === 'all' ? 'always holds' : 'never holds'}); list conditions ` +
      `or remove it`,
  },
  'meta-path': {
    zh: (p: Params) => `报告信息没有字段“${p.path}”${p.hint ? `；是否应为“$.${p.hint}”？` : ''}；可用：${p.allowed}`,
    en: (p: Params) =>
      `report metadata has no field "${p.path}"${p.hint ? `; did you mean "$.${p.hint}"?` : ''}; fields: ${p.allowed}`,
  },
  'path-on-scalar': {
    zh: (p: Params) => `事实“${p.fact}”是${p.type}，不是对象，不能用 path；请去掉 path`,
    en: (p: Params) => `fact "${p.fact}" is a ${p.type}, not an object: it takes no path; remove the path`,
  },
  'value-type': {
    zh: (p: Params) => `事实“${p.fact}”是${p.type}，与“${p.value}”比较永远不会成立；请写${p.expected}`,
    en: (p: Params) =>
      `fact "${p.fact}" is a ${p.type}: comparing it with "${p.value}" can never hold; write ${p.expected}`,
  },
  'list-operator': {
    zh: (p: Params) => `运算符 ${p.operator} 的 value 应为列表，例如 [a, b]`,
    en: (p: Params) => `operator ${p.operator} takes a list as value, e.g. [a, b]`,
  },
} satisfies MessageTable<string>;
export type ConditionShapeReason = keyof typeof CONDITION_SHAPE;
