import { ReportData } from '../model/report.js';
import type { Pack } from '../pack/compiled-pack.js';
import { problem, ProblemError, type Problem } from '../problems/problem.js';
import { checkAgainstSchema } from '../source/schema-check.js';
import { impossibleValues } from '../source/impossible-values.js';
import { loadYamlFile, type YamlSource } from '../source/yaml-source.js';
import { suggest } from '../util/suggest.js';
import { typeProblem } from './fact-type.js';

export { STRUCTURED_EXTENSIONS } from './structured-extensions.js';
export { typeProblem } from './fact-type.js';

/** Reads a structured report (.yaml/.yml/.json) and checks it against the schema and the pack's vocabulary. */
export function loadStructuredReport(
  file: string,
  pack: Pack,
  maxBytes?: number,
  onBytes?: (bytes: Uint8Array) => void,
): ReportData {
  return checkReportSource(loadYamlFile(file, maxBytes, onBytes), pack);
}

export function checkReportSource(source: YamlSource, pack: Pack): ReportData {
  const schemaProblems = [...checkAgainstSchema(source, 'report.schema.json'), ...impossibleValues(source)];
  if (schemaProblems.length > 0) throw new ProblemError(schemaProblems);
  const report = ReportData.parse(source.data);
  const problems = checkAgainstPack(report, source, pack);
  if (problems.length > 0) throw new ProblemError(problems);
  return report;
}

function checkAgainstPack(report: ReportData, source: YamlSource, pack: Pack): Problem[] {
  const problems: Problem[] = [];
  const at = (pointer: string, where: 'key' | 'value' = 'value') => ({ pointer, ...source.locate(pointer, where) });
  const stated = pack.catalog.statedIds();
  const sectionIds = pack.catalog.sectionIds;
  report.sections.forEach((s, i) => {
    if (!sectionIds.includes(s)) {
      problems.push(
        problem(
          'report.unknown-section',
          source.file,
          { section: s, allowed: sectionIds.join(', ') },
          at(`/sections/${i}`),
        ),
      );
    }
  });
  for (const [group, record] of [
    ['facts', report.facts],
    ['evidence', report.evidence ?? {}],
  ] as const) {
    for (const id of Object.keys(record)) {
      const def = pack.catalog.definition(id);
      if (!def) {
        const suggestion = suggest(id, stated);
        problems.push(
          problem(
            'report.unknown-fact',
            source.file,
            { fact: id, ...(suggestion ? { suggestion } : {}) },
            at(`/${group}/${id}`, 'key'),
          ),
        );
      } else if (group === 'facts') {
        const p = typeProblem(def, report.facts[id]!);
        if (p) problems.push(problem(p.code, source.file, { fact: id, ...p.params }, at(`/facts/${id}`)));
      }
    }
  }
  for (const id of Object.keys(report.sectionEvidence ?? {})) {
    if (!sectionIds.includes(id)) {
      problems.push(
        problem(
          'report.unknown-section',
          source.file,
          { section: id, allowed: sectionIds.join(', ') },
          at(`/sectionEvidence/${id}`, 'key'),
        ),
      );
    }
  }
  return problems;
}
