import type { Assessment, Finding } from '../model/assessment.js';
import type { Severity } from '../model/common.js';
import type { Renderer } from './types.js';
import { VERSION } from '../util/package-root.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a SARIF artifact URI: forward slashes, percent-encoded (Chinese file names stay valid URIs). */
export function artifactUri(file: string): string {
  const posix = file.replace(/\\/g, '/');
  return posix.startsWith('/') ? `file://${encodeURI(posix)}` : encodeURI(posix);
}

function level(f: Finding): 'error' | 'warning' | 'note' | 'none' {
  if (f.status === 'error') return 'error';
  if (f.status === 'missing' && f.maxPoints === 0) return 'note';
  return LEVEL[f.severity];
}

/**
 * SARIF 2.1.0: one result per non-passing finding, located at the report file and the line
 * of its evidence when there is one; the rules come from the pack (every enabled rule, pack order).
 * Waived findings are results with an external suppression, so they stay visible.
 */
export const renderSarif: Renderer = (assessments) => {
  const rules: Finding[] = [];
  const index = new Map<string, number>();
  for (const a of assessments) {
    for (const f of a.findings) {
      if (index.has(f.ruleId)) continue;
      index.set(f.ruleId, rules.length);
      rules.push(f);
    }
  }
  const first = assessments[0];
  const results = assessments.flatMap((a) =>
    a.findings
      .filter((f) => f.status !== 'pass')
      .map((f) => {
        const e = f.evidence?.find((x) => x.line !== undefined) ?? f.evidence?.[0];
        const region = e?.line !== undefined ? { startLine: e.line, ...(e.column !== undefined ? { startColumn: e.column } : {}), snippet: { text: e.quote } } : undefined;
        return {
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId)!,
          level: level(f),
          kind: f.status === 'missing' && f.maxPoints === 0 ? 'informational' : 'fail',
          message: { text: f.message ?? f.title },
          locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(a.report.file) }, ...(region ? { region } : {}) } }],
          ...(f.waiver
            ? { suppressions: [{ kind: 'external', status: f.waiver.expired ? 'rejected' : 'accepted', justification: `${f.waiver.reason} (${f.waiver.approver}, ${f.waiver.expires})` }] }
            : {}),
          properties: {
            status: f.status,
            points: f.points,
            maxPoints: f.maxPoints,
            veto: f.veto,
            ...(f.missingFacts ? { missingFacts: f.missingFacts } : {}),
            ...(a.report.authority ? { authority: a.report.authority } : {}),
          },
        };
      }),
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
            rules: rules.map((f) => ({
              id: f.ruleId,
              shortDescription: { text: f.title },
              ...(f.basis ? { fullDescription: { text: f.basis } } : {}),
              ...(f.remedy ? { help: { text: f.remedy } } : {}),
              defaultConfiguration: { level: LEVEL[f.severity] },
              properties: { category: f.category, veto: f.veto, tags: [f.category] },
            })),
          },
        },
        results,
        properties: {
          reports: assessments.map((a) => ({ file: a.report.file, authority: a.report.authority, score: a.score, maxScore: a.maxScore, percent: a.percent, grade: a.grade, vetoed: a.vetoed })),
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
