import { problemMessage, type Lang } from './messages.js';
import type { Problem } from './problem.js';

/** `file:line:column: message` — the one line a user sees per problem. */
export function formatProblem(p: Problem, lang: Lang = 'zh'): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  const warning = p.severity === 'warning' ? (lang === 'zh' ? '警告：' : 'warning: ') : '';
  return `${where}: ${warning}${problemMessage(p.code, p.params, lang)}`;
}
