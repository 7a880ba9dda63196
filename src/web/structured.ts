import { parse } from 'yaml';
import { ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import { problem, ProblemError, type Problem } from '../problems/problem.js';
import { typeProblem } from '../ingest/fact-type.js';
import { impossibleValuesIn } from '../util/impossible-values.js';
import type { StructuredReader } from './reader-types.js';

/**
 * A structured report (.yaml/.yml/.json), checked against the report model and the pack's facts.
 * The CLI's check also names each problem's line (source/yaml-source.ts reads files); here the
 * fact or field is named instead.
 */
function readStructured(bytes: Uint8Array, file: string, pack: Pack): ReportData {
  let data: unknown;
  try {
    data = parse(new TextDecoder('utf-8').decode(bytes), { maxAliasCount: 100 });
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
    throw new ProblemError([problem('yaml.syntax', file, { reason })]);
  }
  // as the CLI: a value the model lets through but no report can mean (.inf, 2025-02-30) is refused
  const impossible = impossibleValuesIn(data);
  if (impossible.length > 0)
    throw new ProblemError(impossible.map((v) => problem(v.code, file, { actual: v.actual }, { pointer: v.pointer })));
  const parsed = ReportData.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const reason = `${issue.path.join('.') || '/'}: ${issue.message}`;
    throw new ProblemError([problem('yaml.syntax', file, { reason })]);
  }
  const problems: Problem[] = [];
  for (const [id, value] of Object.entries(parsed.data.facts)) {
    const def = pack.catalog.definition(id);
    if (!def) problems.push(problem('report.unknown-fact', file, { fact: id }));
    const p = def && typeProblem(def, value);
    if (p) problems.push(problem(p.code, file, { fact: id, ...p.params }));
  }
  if (problems.length > 0) throw new ProblemError(problems);
  return parsed.data;
}

(globalThis as { FAZHI_STRUCTURED?: StructuredReader }).FAZHI_STRUCTURED = async (bytes, file, pack) =>
  readStructured(bytes, file, pack);
