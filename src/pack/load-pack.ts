import type { Category, Grade } from '../model/pack.js';
import { ProblemError, sortProblems, type Problem } from '../problems/problem.js';
import type { Pack } from './compiled-pack.js';
import { compilePatterns } from './auditor-pattern.js';
import { FactCatalog } from './fact-catalog.js';
import { checkChecklist } from './check-checklist.js';
import { checkFacts, orderDerived } from './check-facts.js';
import { checkManifest, checkSections } from './check-manifest.js';
import { readChain, type Layer } from '../source/pack-dir.js';
import { mergeLayers } from './merge-layers.js';

export const DEFAULT_PACK = 'national';

/**
 * Loads, validates and compiles a pack (and the packs it extends) once. Every problem in
 * every file is collected and thrown together, sorted, so an auditor sees them all in one run.
 */
export function loadPack(dirOrName: string = DEFAULT_PACK): Pack {
  const { pack, problems } = compilePackDir(dirOrName);
  if (!pack) throw new ProblemError(sortProblems(problems));
  return pack;
}

/** Every problem of a pack, for `fazhi rules validate`: empty when the pack is sound. */
export function validatePack(dirOrName: string = DEFAULT_PACK): Problem[] {
  return sortProblems(compilePackDir(dirOrName).problems);
}

function compilePackDir(dirOrName: string): { pack?: Pack; problems: Problem[] } {
  const problems: Problem[] = [];
  return compilePack(readChain(dirOrName, problems), problems);
}

/**
 * Merges, validates and compiles a chain of pack files already read (source/pack-dir.ts reads them
 * from a directory): no file is touched here, so a caller that has the files some other way passes them in.
 */
export function compilePack(chain: Layer[], problems: Problem[] = []): { pack?: Pack; problems: Problem[] } {
  const merged = mergeLayers(chain, problems);
  if (!merged) return { problems };
  problems.push(...checkManifest(merged), ...checkSections(merged), ...checkFacts(merged));
  // Rules are judged against the vocabulary; a broken vocabulary would only echo its own mistakes.
  const vocabularyOk = !problems.some(
    (p) =>
      /(facts|sections|vocabulary)\.yaml$/.test(p.file) ||
      (p.file.endsWith('pack.yaml') && /^(schema|yaml|file)\./.test(p.code)),
  );
  if (!vocabularyOk) return { problems };
  const catalog = new FactCatalog(
    merged.facts.map((f) => f.value),
    merged.derived.map((d) => d.value),
    merged.sections.map((s) => s.value.id),
  );
  const checked = checkChecklist(merged, catalog);
  problems.push(...checked.problems);
  if (problems.length > 0) return { problems };
  return {
    problems,
    pack: {
      dir: chain[chain.length - 1]!.dir,
      manifest: {
        ...merged.manifest,
        grades: merged.grades!.value as Grade[],
        categories: merged.categories.map((c) => c.value) as Category[],
      },
      chain: chain.map((l) => l.dir),
      facts: merged.facts.map((f) => f.value),
      derived: orderDerived(merged.derived.map((d) => d.value)),
      sections: merged.sections.map((s) => s.value),
      conditions: checked.conditions,
      rules: checked.rules,
      catalog,
      vocabulary: merged.vocabulary,
      patterns: compilePatterns(merged.facts.map((f) => f.value)),
    },
  };
}
