import type { Assessment, Finding } from '../model/assessment.js';
import type { BatchError } from '../model/batch.js';
import { eventText, oneLineMessage, reportTitle } from './finding-groups.js';
import { label, statusLabel, type Lang } from './labels.js';
import { problemLines, unscorable } from './input-errors.js';
import { reviewedFindings, reviewedLine } from './review-view.js';
import { isInputError, type CheckFormatter } from './types.js';
import { isShortfall } from '../score/shortfall.js';
import { joinMarkup, type Markup, raw, xml } from './markup.js';

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

function testcase(a: Assessment, f: Finding, o: Outcome, lang: Lang): Markup {
  const classname = `${a.pack.id}.${f.category}`;
  const open = xml`    <testcase classname="${classname}" name="${`${f.ruleId} ${f.title}`}" file="${a.report.file}"`;
  if (o === 'passed') return xml`${open}/>`;
  const message = oneLineMessage(f, lang);
  const inner =
    o === 'skipped'
      ? xml`<skipped message="${f.waiver ? `${f.waiver.reason} (${f.waiver.approver})` : message}"/>`
      : xml`<${raw(o)} message="${message}" type="${statusLabel(lang, f.status)}">${detail(f, lang)}</${raw(o)}>`;
  return xml`${open}>\n      ${inner}\n    </testcase>`;
}

function suite(a: Assessment, lang: Lang): { xml: Markup; counts: Record<Outcome, number> } {
  const counts: Record<Outcome, number> = { passed: 0, failure: 0, error: 0, skipped: 0 };
  const cases = a.findings.map((f) => {
    const o = junitOutcome(f);
    counts[o]++;
    return testcase(a, f, o, lang);
  });
  const name = reportTitle(a, lang) || a.report.file;
  const property = (key: string, value: unknown) => xml`      <property name="${key}" value="${String(value)}"/>\n`;
  return {
    counts,
    xml: xml`  <testsuite name="${name}" tests="${a.findings.length}" failures="${counts.failure}" \
errors="${counts.error}" skipped="${counts.skipped}" file="${a.report.file}">
    <properties>
${property('score', a.score)}${property('maxScore', a.maxScore)}${property('percent', a.percent)}\
${property('grade', a.grade)}${property('vetoed', a.vetoed)}${property('returned', Boolean(a.returned))}\
${reviewProperties(a, lang).map(([k, v]) => property(k, v))}    </properties>
${joinMarkup(cases, '\n')}
  </testsuite>`,
  };
}

/**
 * A file that could not be read or scored: a testsuite of its own whose one testcase is an
 * <error> (not a <failure>: nothing was assessed), so CI shows the file failed instead of losing it.
 */
function errorSuite(e: BatchError, lang: Lang): { xml: Markup; counts: Record<Outcome, number> } {
  const counts: Record<Outcome, number> = { passed: 0, failure: 0, error: 1, skipped: 0 };
  const type = e.problems[0]?.code ?? 'batch.internal';
  return {
    counts,
    xml: xml`  <testsuite name="${e.file}" tests="1" failures="0" errors="1" skipped="0" file="${e.file}">
    <testcase classname="fazhi.input" name="${unscorable(lang)}" file="${e.file}">
      <error message="${e.message}" type="${type}">${problemLines(e).join('\n')}</error>
    </testcase>
  </testsuite>`,
  };
}

/**
 * JUnit XML: one testsuite per input, in the order given — for a report one testcase per rule, so CI
 * systems show each shortfall as a failing test; for a file that could not be scored, one error.
 */
export const renderJunit: CheckFormatter = (entries, { lang }) => {
  const suites = entries.map((e) => (isInputError(e) ? errorSuite(e, lang) : suite(e, lang)));
  const sum = (k: Outcome) => suites.reduce((n, s) => n + s.counts[k], 0);
  const tests = sum('passed') + sum('failure') + sum('error') + sum('skipped');
  return String(xml`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="fazhi" tests="${tests}" failures="${sum('failure')}" errors="${sum('error')}" \
skipped="${sum('skipped')}">
${joinMarkup(
  suites.map((s) => s.xml),
  '\n',
)}
</testsuites>
`);
};

/** With a review: the machine's totals and each decision, as properties beside the final ones. */
function reviewProperties(a: Assessment, lang: Lang): [string, unknown][] {
  const m = a.machine;
  return [
    ...(m
      ? ([
          ['machineScore', m.score],
          ['machinePercent', m.percent],
          ['machineGrade', m.grade],
        ] as [string, unknown][])
      : []),
    ...reviewedFindings(a).map((f): [string, unknown] => [`review.${f.ruleId}`, reviewedLine(lang, f)]),
  ];
}
