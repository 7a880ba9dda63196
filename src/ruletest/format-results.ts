import type { Lang } from '../problems/messages.js';
import type { RuleTestResult } from './run-rule-tests.js';

const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** One line per case, and for a failing case each expectation it missed: expected vs actual. */
export function formatRuleTestResults(results: RuleTestResult[], lang: Lang): string {
  const out: string[] = [];
  for (const r of results) {
    const ok = r.mismatches.length === 0;
    out.push(`${ok ? '✓' : '✗'} ${r.file}:${r.line} ${r.name}`);
    for (const m of r.mismatches) {
      out.push(
        lang === 'zh'
          ? `    ${m.path}：期望 ${show(m.expected)}，实际 ${show(m.actual)}`
          : `    ${m.path}: expected ${show(m.expected)}, got ${show(m.actual)}`,
      );
    }
  }
  const failed = results.filter((r) => r.mismatches.length > 0).length;
  out.push(
    lang === 'zh'
      ? `${results.length} 个用例：通过 ${results.length - failed}，失败 ${failed}`
      : `${results.length} cases: ${results.length - failed} passed, ${failed} failed`,
  );
  return `${out.join('\n')}\n`;
}
