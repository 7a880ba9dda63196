// The problems of the office's roster (fazhi batch --roster, fazhi roster init), kept beside the
// other messages but in their own file: messages.ts spreads them into its table.

import type { MessageTable } from './template.js';

export type RosterProblemCode =
  | 'roster.unsupported-type'
  | 'roster.unreadable'
  | 'roster.no-header'
  | 'roster.duplicate-column'
  | 'roster.empty'
  | 'roster.required'
  | 'roster.bad-role'
  | 'roster.bad-date'
  | 'roster.bad-year'
  | 'roster.bad-url'
  | 'roster.bad-cell'
  | 'roster.duplicate-name'
  | 'roster.unknown-rule'
  | 'roster.unknown-unit'
  | 'output.exists'
  | 'pack.not-submitted-grade';

export const ROSTER_MESSAGES: MessageTable<RosterProblemCode> = {
  'roster.unsupported-type': {
    zh: (p) => `名单须为 .xlsx、.csv 或 .yaml 文件，不支持“${p.ext}”；可用 fazhi roster init 生成模板`,
    en: (p) => `a roster is an .xlsx, .csv or .yaml file, not "${p.ext}"; fazhi roster init writes a template`,
  },
  'roster.unreadable': {
    zh: (p) => `无法读取名单（${p.reason}）；请用 Excel 另存为 .xlsx 或 .csv 后重试`,
    en: (p) => `cannot read the roster (${p.reason}); save it again from Excel as .xlsx or .csv`,
  },
  'roster.no-header': {
    zh: (p) => `第一行应为表头，未找到“${p.column}”列；表头可用：${p.columns}`,
    en: (p) => `the first row should be the header, and has no "${p.column}" column; headers: ${p.columns}`,
  },
  'roster.duplicate-column': {
    zh: (p) => `表头“${p.column}”出现了两次（另见 ${p.other}）；请删去其中一列`,
    en: (p) => `the header "${p.column}" appears twice (also ${p.other}); delete one of the columns`,
  },
  'roster.empty': {
    zh: () => '名单中没有单位；请在表头下每行填写一个单位',
    en: () => 'the roster lists no unit; write one unit per row under the header',
  },
  'roster.required': {
    zh: (p) => `“${p.column}”不能为空${p.why ? `（${p.why}）` : ''}`,
    en: (p) => `"${p.column}" must not be empty${p.why ? ` (${p.why})` : ''}`,
  },
  'roster.bad-role': {
    zh: (p) => `主体类型“${p.value}”无法识别；请填写：${p.allowed}`,
    en: (p) => `unknown role "${p.value}"; write one of: ${p.allowed}`,
  },
  'roster.bad-date': {
    zh: (p) => `“${p.value}”不是有效日期；请填写日历上存在的日期，如 2025-03-31`,
    en: (p) => `"${p.value}" is not a valid date; write a day that exists, e.g. 2025-03-31`,
  },
  'roster.bad-year': {
    zh: (p) => `年度“${p.value}”无效；请填写四位年份，如 2024`,
    en: (p) => `the year "${p.value}" is not valid; write four digits, e.g. 2024`,
  },
  'roster.bad-url': {
    zh: (p) => `公开网址“${p.value}”无效；请填写以 http:// 或 https:// 开头的完整网址`,
    en: (p) =>
      `the publication address "${p.value}" is not valid; write the whole address, starting http:// or https://`,
  },
  'roster.bad-cell': {
    zh: (p) => `单元格内容无法读取（${p.reason}）；请改为直接填写的文字或日期`,
    en: (p) => `the cell cannot be read (${p.reason}); type the text or date into it`,
  },
  'roster.duplicate-name': {
    zh: (p) => `名称“${p.name}”已在 ${p.other} 使用；一个名称（单位名称或别名）只能对应一个单位，否则报告无法确定归属`,
    en: (p) =>
      `the name "${p.name}" is already used at ${p.other}; a name (unit name or alias) can belong to one unit only, ` +
      `or reports could not be told apart`,
  },
  'roster.unknown-rule': {
    zh: (p) => `事件引用的规则“${p.rule}”不存在或不按事件计分；按事件计分的规则：${p.allowed}`,
    en: (p) => `the event names "${p.rule}", which is not a rule scored from events; such rules: ${p.allowed}`,
  },
  'roster.unknown-unit': {
    zh: (p) => `事件所属单位“${p.unit}”不在名单中；请填写名单中的单位名称或别名`,
    en: (p) => `the event's unit "${p.unit}" is not in the roster; write a unit name or alias from the roster`,
  },
  'pack.not-submitted-grade': {
    zh: (p) => `notSubmittedGrade“${p.grade}”不是本细则的等级；请填写其中之一：${p.grades}`,
    en: (p) => `notSubmittedGrade "${p.grade}" is not a grade of this pack; name one of: ${p.grades}`,
  },
  'output.exists': {
    zh: () => '文件已存在，未覆盖；请换一个文件名（--out），或先删除它',
    en: () => 'the file exists and was not overwritten; choose another name (--out) or delete it first',
  },
};
