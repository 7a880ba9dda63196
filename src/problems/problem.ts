import type { DocumentProblemCode } from './document-messages.js';
import type { RosterProblemCode } from './roster-messages.js';
import type { ReviewProblemCode } from './review-messages.js';

/**
 * A problem with user input, kept as data (a stable code plus parameters) and turned
 * into text only at the edge, in Chinese or English.
 */
export interface Problem {
  code: ProblemCode;
  file: string;
  /** JSON pointer into the document, when the problem sits at a value. */
  pointer?: string;
  /** a spreadsheet cell, as Excel names it: `Sheet1!C7` (a roster); shown after the file instead of line:column */
  cell?: string;
  line?: number;
  column?: number;
  /**
   * Where the span ends, when the source knows it (a YAML node's range): the position just after
   * its last character, as SARIF's endColumn and an editor's range end are.
   */
  endLine?: number;
  endColumn?: number;
  params: Record<string, string | number>;
  /** an error fails what it is found in (exit 2); a warning is shown and does not */
  severity: ProblemSeverity;
}

export type ProblemSeverity = 'error' | 'warning';

export type ProblemCode =
  | RosterProblemCode
  | ReviewProblemCode
  | DocumentProblemCode
  | 'file.not-found'
  | 'file.is-directory'
  | 'file.empty'
  | 'file.unreadable'
  | 'file.unsupported-type'
  | 'yaml.syntax'
  | 'yaml.alias-bomb'
  | 'yaml.forbidden-key'
  | 'yaml.not-a-mapping'
  | 'schema.required'
  | 'schema.unknown-field'
  | 'schema.type'
  | 'schema.enum'
  | 'schema.pattern'
  | 'schema.range'
  | 'schema.length'
  | 'schema.unique'
  | 'schema.other'
  | 'pack.missing-file'
  | 'pack.not-a-directory'
  | 'pack.unknown-fact'
  | 'pack.unknown-category'
  | 'pack.unknown-operator'
  | 'pack.unknown-section'
  | 'pack.unknown-condition'
  | 'pack.duplicate-id'
  | 'pack.reserved-id'
  | 'pack.condition-shape'
  | 'pack.scoring-form'
  | 'pack.tier-points'
  | 'pack.tier-unreachable'
  | 'pack.enum-value'
  | 'pack.derived-inputs'
  | 'pack.derived-cycle'
  | 'pack.fact-reference'
  | 'pack.cues-without-words'
  | 'pack.template-fact'
  | 'pack.grades'
  | 'pack.extends-cycle'
  | 'pack.extends-missing'
  | 'pack.rule-exists'
  | 'pack.unknown-override'
  | 'report.unknown-fact'
  | 'report.fact-type'
  | 'report.enum-value'
  | 'report.unknown-section'
  | 'waiver.unknown-rule'
  | 'events.unknown-rule'
  | 'value.not-finite'
  | 'value.not-a-date'
  | 'pack.untested-rule'
  | 'pack.no-rules'
  | 'test.unknown-rule'
  | 'option.invalid'
  | 'batch.no-inputs'
  | 'batch.compare-file'
  | 'batch.internal'
  | 'batch.worker-died'
  | 'batch.interrupted'
  | 'file.not-regular'
  | 'file.too-large'
  | 'file.text-too-long'
  | 'file.html-too-deep'
  | 'file.zip-bomb'
  | 'file.too-many-paragraphs'
  | 'file.symlink-loop'
  | 'folder.unreadable'
  | 'output.not-directory'
  | 'output.unwritable'
  | 'output.locked'
  | 'output.write-failed'
  | 'web.not-built'
  | 'serve.port-taken'
  | 'serve.listen-failed'
  | 'pack.bad-pattern';

/** Thrown for mistakes in user input; the CLI prints its problems and exits 2. */
export class ProblemError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.file}: ${p.code}`).join('\n'));
    this.name = 'ProblemError';
  }
}

export function problem(
  code: ProblemCode,
  file: string,
  params: Record<string, string | number> = {},
  at: Partial<Pick<Problem, 'pointer' | 'cell' | 'line' | 'column' | 'endLine' | 'endColumn'>> = {},
  severity: ProblemSeverity = 'error',
): Problem {
  return { code, file, params, ...at, severity };
}

/** Sorted by file, then position, then code, so output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.code.localeCompare(b.code) ||
      JSON.stringify(a.params).localeCompare(JSON.stringify(b.params)),
  );
}
