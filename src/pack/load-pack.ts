import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FactsFile, PackManifest, SectionsFile, type DerivedFact } from '../model/pack.js';
import type { SchemaFile } from '../model/json-schemas.js';
import { problem, ProblemError, sortProblems, type Problem } from '../problems/problem.js';
import { checkAgainstSchema } from '../source/schema-check.js';
import { loadYamlFile, type YamlSource } from '../source/yaml-source.js';
import { BUNDLED_RULES_DIR } from '../util/package-root.js';
import type { Pack } from './compiled-pack.js';
import { FactCatalog } from './fact-catalog.js';
import { checkChecklist } from './check-checklist.js';
import { checkFacts, orderDerived } from './check-facts.js';
import { checkManifest, checkSections } from './check-manifest.js';

const PACK_FILES = {
  manifest: ['pack.yaml', 'pack.schema.json'],
  facts: ['facts.yaml', 'facts.schema.json'],
  sections: ['sections.yaml', 'sections.schema.json'],
  checklist: ['checklist.yaml', 'checklist.schema.json'],
} as const satisfies Record<string, readonly [string, SchemaFile]>;

/** Conditions are checked by check-checklist, which can say precisely what is wrong with them. */
const CONDITION_POINTERS = /^\/(rules\/\d+\/(when|tiers\/\d+\/when)|conditions\/[^/]+)(\/|$)/;

export const DEFAULT_PACK = 'national';

/** A pack directory, or the name of a pack bundled under rules/. */
export function resolvePackDir(dirOrName: string = DEFAULT_PACK): string {
  if (existsSync(dirOrName)) return resolve(dirOrName);
  const bundled = join(BUNDLED_RULES_DIR, dirOrName);
  if (/^[a-z][a-z0-9_-]*$/.test(dirOrName) && existsSync(bundled)) return bundled;
  throw new ProblemError([problem('file.not-found', dirOrName)]);
}

/**
 * Loads, validates and compiles a pack once. Every problem in every file is collected
 * and thrown together, sorted, so an auditor sees them all in one run.
 */
export function loadPack(dirOrName?: string): Pack {
  const dir = resolvePackDir(dirOrName);
  if (!statSync(dir).isDirectory()) throw new ProblemError([problem('file.not-found', join(dir, 'pack.yaml'))]);
  const problems: Problem[] = [];
  const sources: Partial<Record<keyof typeof PACK_FILES, YamlSource>> = {};
  for (const [key, [name, schema]] of Object.entries(PACK_FILES) as [keyof typeof PACK_FILES, readonly [string, SchemaFile]][]) {
    const file = join(dir, name);
    if (!existsSync(file)) {
      problems.push(problem('pack.missing-file', displayPath(file), { name }));
      continue;
    }
    try {
      const source = loadYamlFile(displayPath(file));
      problems.push(...checkAgainstSchema(source, schema, key === 'checklist' ? CONDITION_POINTERS : undefined));
      sources[key] = source;
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length > 0 || !sources.manifest || !sources.facts || !sources.sections || !sources.checklist) {
    throw new ProblemError(sortProblems(problems));
  }

  const manifest = PackManifest.parse(sources.manifest.data);
  const factsFile = FactsFile.parse(sources.facts.data);
  const sectionsFile = SectionsFile.parse(sources.sections.data);
  const derived: DerivedFact[] = factsFile.derived ?? [];
  problems.push(...checkManifest(manifest, sources.manifest));
  problems.push(...checkSections(sectionsFile, sources.sections));
  problems.push(...checkFacts(factsFile, sources.facts));
  // Rules are judged against the vocabulary; a broken vocabulary would only echo its own mistakes.
  if (problems.length > 0) throw new ProblemError(sortProblems(problems));
  const catalog = new FactCatalog(factsFile.facts, derived, sectionsFile.sections.map((s) => s.id));
  const checked = checkChecklist(sources.checklist, catalog, manifest.categories.map((c) => c.id));
  if (checked.problems.length > 0) throw new ProblemError(sortProblems(checked.problems));

  return {
    dir,
    manifest,
    facts: factsFile.facts,
    derived: orderDerived(derived),
    sections: sectionsFile.sections,
    conditions: checked.conditions,
    rules: checked.rules,
    catalog,
  };
}

/** Paths in messages are as the user would type them: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const abs = resolve(file);
  const cwd = process.cwd() + '/';
  return abs.startsWith(cwd) ? abs.slice(cwd.length) : abs;
}
