import { basename } from 'node:path';
import { WaiversFile, type Waiver } from '../model/waiver.js';
import type { Pack } from '../pack/compiled-pack.js';
import { problem, ProblemError } from '../problems/problem.js';
import { checkAgainstSchema } from '../source/schema-check.js';
import { impossibleValues } from '../source/impossible-values.js';
import { loadYamlFile } from '../source/yaml-source.js';

/** Reads a waiver file; every waiver must name a rule the pack has. */
export function loadWaivers(file: string, pack: Pack): Waiver[] {
  const source = loadYamlFile(file);
  const problems = [...checkAgainstSchema(source, 'waivers.schema.json'), ...impossibleValues(source)];
  if (problems.length > 0) throw new ProblemError(problems);
  const { waivers } = WaiversFile.parse(source.data);
  const ruleIds = new Set(pack.rules.map((r) => r.rule.id));
  const unknown = waivers
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => !ruleIds.has(w.rule))
    .map(({ w, i }) => problem('waiver.unknown-rule', file, { rule: w.rule }, { pointer: `/waivers/${i}/rule`, ...source.locate(`/waivers/${i}/rule`) }));
  if (unknown.length > 0) throw new ProblemError(unknown);
  return waivers;
}

/** The waiver for this rule on this report: matched by authority or file name, and year when the waiver gives one. */
export function findWaiver(
  waivers: readonly Waiver[],
  ruleId: string,
  report: { file: string; authority?: string; year?: number },
): Waiver | undefined {
  return waivers.find(
    (w) =>
      w.rule === ruleId &&
      (w.report === report.authority || w.report === basename(report.file) || w.report === report.file) &&
      (w.year === undefined || w.year === report.year),
  );
}
