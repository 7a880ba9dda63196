import type { Assessment, Finding } from '../model/assessment.js';
import type { BatchError } from '../model/batch.js';
import type { Severity } from '../model/common.js';
import { isGateFailure, oneLineMessage } from './finding-groups.js';
import { problemLines } from './input-errors.js';
import { reviewedFindings, reviewedLine, reviewNote } from './review-view.js';
import { isInputError, type CheckFormatter } from './types.js';
import type { Lang } from './labels.js';
import { isShortfall } from '../score/shortfall.js';
import { VERSION } from '../util/package-root.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a SARIF artifact URI: forward slashes, percent-encoded (Chinese file names stay valid URIs). */
export function artifactUri(file: string): string {
  const posix = file.replace(/\\/g, '/');
  return posix.startsWith('/') ? `file://${encodeURI(posix)}` : encodeURI(posix);
}

/**
 * SARIF 2.1.0 §3.27.10: a result whose kind is not "fail" SHALL have level "none". A shortfall
 * (score/shortfall.ts) is kind "fail", and so is a waived finding: SARIF keeps a suppressed result
 * as what it suppresses. Not applicable (the rule does not apply to this reporter) is kind
 * "notApplicable"; a missing fact that costs no points is "informational". A failed gate (退回重报)
 * is an error whatever the rule's severity: the report goes back.
 */
function kind(f: Finding): 'fail' | 'notApplicable' | 'informational' {
  if (f.status === 'not_applicable') return 'notApplicable';
  return isShortfall(f) || f.status === 'waived' ? 'fail' : 'informational';
}

function level(f: Finding): 'error' | 'warning' | 'note' | 'none' {
  if (kind(f) !== 'fail') return 'none';
  if (f.status === 'error' || isGateFailure(f)) return 'error';
  return LEVEL[f.severity];
}

/**
 * A file that could not be read or scored, as SARIF 2.1.0 says a tool reports a problem that kept
 * it from analysing an artifact (§3.20.21, §3.58): a toolExecutionNotification per problem at its
 * severity, located at the file and, when known, the span (§3.30: startLine/startColumn, and
 * endLine/endColumn just after its last character), its code as the descriptor and its parameters
 * as properties.
 */
function notifications(errors: BatchError[]) {
  return errors.flatMap((e) =>
    (e.problems.length > 0
      ? e.problems
      : [{ code: 'batch.internal', severity: 'error' as const, message: e.message, params: {} }]
    ).map((p: BatchError['problems'][number], i) => {
      const region = p.line !== undefined ? { region: sarifRegion(p) } : {};
      return {
        level: p.severity,
        message: { text: e.problems.length > 0 ? problemLines(e)[i]! : e.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(e.file) }, ...region } }],
        descriptor: { id: p.code },
        ...(Object.keys(p.params).length > 0 ? { properties: { params: p.params } } : {}),
      };
    }),
  );
}

/** A problem's span as a SARIF region; the end only when known (an end column on its own would mean the start line). */
function sarifRegion(p: { line?: number; column?: number; endLine?: number; endColumn?: number }) {
  return {
    startLine: p.line!,
    ...(p.column !== undefined ? { startColumn: p.column } : {}),
    ...(p.endLine !== undefined ? { endLine: p.endLine } : {}),
    ...(p.endColumn !== undefined && p.endLine !== undefined ? { endColumn: p.endColumn } : {}),
  };
}

/**
 * A non-passing finding as a SARIF result, located at the report file and the line of its evidence when there is one.
 */
function sarifResult(a: Assessment, f: Finding, ruleIndex: number, lang: Lang) {
  const e = f.evidence?.find((x) => x.line !== undefined) ?? f.evidence?.[0];
  const region =
    e?.line !== undefined
      ? { startLine: e.line, ...(e.column !== undefined ? { startColumn: e.column } : {}), snippet: { text: e.quote } }
      : undefined;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: level(f),
    kind: kind(f),
    message: { text: f.review ? `${oneLineMessage(f, lang)} — ${reviewNote(lang, f)}` : oneLineMessage(f, lang) },
    locations: [
      { physicalLocation: { artifactLocation: { uri: artifactUri(a.report.file) }, ...(region ? { region } : {}) } },
    ],
    ...(f.waiver
      ? {
          suppressions: [
            {
              kind: 'external',
              status: f.waiver.expired ? 'rejected' : 'accepted',
              justification: `${f.waiver.reason} (${f.waiver.approver}, ${f.waiver.expires})`,
            },
          ],
        }
      : {}),
    properties: {
      status: f.status,
      points: f.points,
      maxPoints: f.maxPoints,
      veto: f.veto,
      ...(f.gate ? { gate: true } : {}),
      ...(f.events?.length ? { events: f.events } : {}),
      ...(f.missingFacts ? { missingFacts: f.missingFacts } : {}),
      ...(a.report.authority ? { authority: a.report.authority } : {}),
      ...(f.review ? { review: f.review } : {}),
    },
  };
}

/**
 * SARIF 2.1.0: one result per non-passing finding, located at the report file and the line
 * of its evidence when there is one; the rules come from the pack (every enabled rule, pack order).
 * Waived findings are results with an external suppression, so they stay visible. The run's one
 * invocation is executionSuccessful only when every input was scored; each failed input is a
 * toolExecutionNotification naming the file, so it cannot vanish from a CI gate.
 */
export const renderSarif: CheckFormatter = (entries, { lang }) => {
  const assessments = entries.filter((e): e is Assessment => !isInputError(e));
  const errors = entries.filter(isInputError);
  const { rules, index } = packRules(assessments);
  const first = assessments[0];
  const results = assessments.flatMap((a) =>
    a.findings.filter((f) => f.status !== 'pass').map((f) => sarifResult(a, f, index.get(f.ruleId)!, lang)),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fazhi',
            semanticVersion: VERSION,
            ...(first ? { properties: { pack: first.pack } } : {}),
            rules: rules.map(ruleDescriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            ...(errors.length > 0 ? { toolExecutionNotifications: notifications(errors) } : {}),
          },
        ],
        results,
        properties: { reports: assessments.map((a) => reportProperties(a, lang)) },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** Every rule met in the assessments, once, in the order first met (pack order), and each one's index. */
function packRules(assessments: Assessment[]): { rules: Finding[]; index: Map<string, number> } {
  const rules: Finding[] = [];
  const index = new Map<string, number>();
  for (const a of assessments) {
    for (const f of a.findings) {
      if (index.has(f.ruleId)) continue;
      index.set(f.ruleId, rules.length);
      rules.push(f);
    }
  }
  return { rules, index };
}

/** A rule as SARIF's reportingDescriptor: title, basis, remedy, level, category. */
const ruleDescriptor = (f: Finding) => ({
  id: f.ruleId,
  shortDescription: { text: f.title },
  ...(f.basis ? { fullDescription: { text: f.basis } } : {}),
  ...(f.remedy ? { help: { text: f.remedy } } : {}),
  defaultConfiguration: { level: LEVEL[f.severity] },
  properties: { category: f.category, veto: f.veto, ...(f.gate ? { gate: true } : {}), tags: [f.category] },
});

/** A report's totals in the run's properties. */
const reportProperties = (a: Assessment, lang: Lang) => ({
  file: a.report.file,
  authority: a.report.authority,
  score: a.score,
  maxScore: a.maxScore,
  percent: a.percent,
  grade: a.grade,
  vetoed: a.vetoed,
  returned: Boolean(a.returned),
  ...(a.returnedBy?.length ? { returnedBy: a.returnedBy } : {}),
  ...(a.report.role ? { role: a.report.role } : {}),
  // a review beside the machine: its totals, and every decision (a 改判 to full points has no result)
  ...(a.machine ? { machine: a.machine } : {}),
  ...(reviewedFindings(a).length ? { reviewed: reviewedFindings(a).map((f) => reviewedLine(lang, f)) } : {}),
});
