import type { Assessment, Finding } from '../model/assessment.js';
import type { BatchError } from '../model/batch.js';
import { eventText, oneLineMessage, reportTitle } from './finding-groups.js';
import { label, statusLabel, type Lang } from './labels.js';
import { problemLines, unscorable } from './input-errors.js';
import { reviewedFindings, reviewedLine } from './review-view.js';
import { isInputError, type CheckFormatter } from './types.js';
import { isShortfall } from '../score/shortfall.js';

/** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
export const xml = (v: unknown): string =>
  String(v ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

type Outcome = 'passed' | 'failure' | 'error' | 'skipped';

/**
 * How a finding shows in CI: a shortfall (score/shortfall.ts: a failure, a failed gate too, or a
 * missing fact that costs points) is a failure, a rule error an error; not-scored, waived and
 * not-applicable are skipped — a rule that does not apply was not run, which is what <skipped>
 * means, and it must not read as a pass.
 */
export function junitOutcome(f: Finding): Outcome {
  if (f.status === 'error') return 'error';
  if (isShortfall(f)) return 'failure';
  return f.status === 'pass' ? 'passed' : 'skipped';
}

function detail(f: Finding, lang: Lang): string {
  const lines = [oneLineMessage(f, lang)];
  for (const e of f.evidence ?? []) lines.push(`${e.line ? `${e.line}: ` : ''}${e.quote}`);
  for (const e of f.events ?? []) lines.push(eventText(e, lang));
  if (f.remedy) lines.push(`${label(lang, 'remedy')}: ${f.remedy}`);
  if (f.error) lines.push(f.error);
  return lines.join('\n');
}

function suite(a: Assessment, lang: Lang): { xml: string; counts: Record<Outcome, number> } {
  const counts: Record<Outcome, number> = { passed: 0, failure: 0, error: 0, skipped: 0 };
  const cases = a.findings.map((f) => {
    const o = junitOutcome(f);
    counts[o]++;
    const open = `    <testcase classname="${xml(`${a.pack.id}.${f.category}`)}" name="${xml(`${f.ruleId} ${f.title}`)}" file="${xml(a.report.file)}"`;
    if (o === 'passed') return `${open}/>`;
    const message = xml(oneLineMessage(f, lang));
    const type = xml(statusLabel(lang, f.status));
    const inner =
      o === 'skipped'
        ? `<skipped message="${f.waiver ? xml(`${f.waiver.reason} (${f.waiver.approver})`) : message}"/>`
        : `<${o} message="${message}" type="${type}">${xml(detail(f, lang))}</${o}>`;
    return `${open}>\n      ${inner}\n    </testcase>`;
  });
  const name = reportTitle(a, lang) || a.report.file;
  const tests = a.findings.length;
  return {
    counts,
    xml: `  <testsuite name="${xml(name)}" tests="${tests}" failures="${counts.failure}" errors="${counts.error}" skipped="${counts.skipped}" file="${xml(a.report.file)}">\n    <properties>\n      <property name="score" value="${a.score}"/>\n      <property name="maxScore" value="${a.maxScore}"/>\n      <property name="percent" value="${a.percent}"/>\n      <property name="grade" value="${xml(a.grade)}"/>\n      <property name="vetoed" value="${a.vetoed}"/>\n      <property name="returned" value="${Boolean(a.returned)}"/>\n${reviewProperties(a, lang)}    </properties>\n${cases.join('\n')}\n  </testsuite>`,
  };
}

/**
 * A file that could not be read or scored: a testsuite of its own whose one testcase is an
 * <error> (not a <failure>: nothing was assessed), so CI shows the file failed instead of losing it.
 */
function errorSuite(e: BatchError, lang: Lang): { xml: string; counts: Record<Outcome, number> } {
  const counts: Record<Outcome, number> = { passed: 0, failure: 0, error: 1, skipped: 0 };
  const type = e.problems[0]?.code ?? 'batch.internal';
  return {
    counts,
    xml: `  <testsuite name="${xml(e.file)}" tests="1" failures="0" errors="1" skipped="0" file="${xml(e.file)}">\n    <testcase classname="fazhi.input" name="${xml(unscorable(lang))}" file="${xml(e.file)}">\n      <error message="${xml(e.message)}" type="${xml(type)}">${xml(problemLines(e).join('\n'))}</error>\n    </testcase>\n  </testsuite>`,
  };
}

/**
 * JUnit XML: one testsuite per input, in the order given — for a report one testcase per rule, so CI
 * systems show each shortfall as a failing test; for a file that could not be scored, one error.
 */
export const renderJunit: CheckFormatter = (entries, { lang }) => {
  const suites = entries.map((e) => (isInputError(e) ? errorSuite(e, lang) : suite(e, lang)));
  const sum = (k: Outcome) => suites.reduce((n, s) => n + s.counts[k], 0);
  const tests = suites.reduce((n, s) => n + s.counts.passed + s.counts.failure + s.counts.error + s.counts.skipped, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="fazhi" tests="${tests}" failures="${sum('failure')}" errors="${sum('error')}" skipped="${sum('skipped')}">\n${suites.map((s) => s.xml).join('\n')}\n</testsuites>\n`;
};

/** With a review: the machine's totals and each decision as properties, beside the final ones above. */
function reviewProperties(a: Assessment, lang: Lang): string {
  const m = a.machine;
  const props = [
    ...(m
      ? [
          ['machineScore', m.score],
          ['machinePercent', m.percent],
          ['machineGrade', m.grade],
        ]
      : []),
    ...reviewedFindings(a).map((f) => [`review.${f.ruleId}`, reviewedLine(lang, f)]),
  ];
  return props.map(([k, v]) => `      <property name="${xml(String(k))}" value="${xml(String(v))}"/>\n`).join('');
}
