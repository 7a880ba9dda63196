import { problemMessage, type Lang } from './messages.js';
import type { Problem } from './problem.js';

/** `file:line:column: message` (a spreadsheet's `file:Sheet1!C7: message`) — the one line a user sees per problem. */
export function formatProblem(p: Problem, lang: Lang = 'zh'): string {
  const where = p.cell ? `${p.file}:${p.cell}` : p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  const warning = p.severity === 'warning' ? WARNING[lang] : '';
  return `${where}: ${warning}${problemMessage(p.code, p.params, lang)}`;
}

const WARNING: Record<Lang, string> = { zh: '警告：', en: 'warning: ' };

/** A warning already put into words (an assessment's `report.warnings`), as formatProblem prints one. */
export function formatWarning(file: string, message: string, lang: Lang = 'zh'): string {
  return `${file}: ${WARNING[lang]}${message}`;
}
