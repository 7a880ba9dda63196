import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SchemaFile } from '../model/json-schemas.js';
import { problem, ProblemError, type Problem } from '../problems/problem.js';
import { checkAgainstSchema } from './schema-check.js';
import { loadYamlFile, pointerAt, type YamlSource } from './yaml-source.js';
import { BUNDLED_RULES_DIR } from '../util/package-root.js';
import { displayPath } from '../util/display-path.js';

export const PACK_FILES = {
  manifest: ['pack.yaml', 'pack.schema.json'],
  facts: ['facts.yaml', 'facts.schema.json'],
  sections: ['sections.yaml', 'sections.schema.json'],
  checklist: ['checklist.yaml', 'checklist.schema.json'],
  vocabulary: ['vocabulary.yaml', 'vocabulary.schema.json'],
} as const satisfies Record<string, readonly [string, SchemaFile]>;
export type PackFileKey = keyof typeof PACK_FILES;

/** Conditions are checked by check-checklist, which can say precisely what is wrong with them. */
const CONDITION_POINTERS =
  /^\/((rules|overrides)\/\d+\/(when|tiers\/\d+\/when|notApplicable\/when)|conditions\/[^/]+)(\/|$)/;

/**
 * One pack directory's files, parsed and schema-checked; a pack that extends another is a chain of these.
 * Reading them is this module's job; merging, checking and compiling them (pack/) works on the data.
 */
export interface Layer {
  dir: string;
  sources: Partial<Record<PackFileKey, YamlSource>>;
  /** JSON pointers the schema check already found wrong, so later checks do not repeat them */
  invalid: Set<string>;
  /** pack.yaml's `extends`, when it names a parent */
  parent?: string;
}

/** A pack directory, or the name of a pack bundled under rules/. */
export function resolvePackDir(dirOrName: string, relativeTo = process.cwd()): string | undefined {
  const asPath = resolve(relativeTo, dirOrName);
  if (existsSync(asPath) && statSync(asPath).isDirectory()) return asPath;
  const bundled = join(BUNDLED_RULES_DIR, dirOrName);
  if (/^[a-z][a-z0-9_-]*$/.test(dirOrName) && existsSync(bundled)) return bundled;
  return undefined;
}

/**
 * Reads a pack and the packs it extends, root first. Every file is parsed and checked
 * against its schema; problems are collected, not thrown, so validation shows them all.
 */
export function readChain(dirOrName: string, problems: Problem[]): Layer[] {
  const dir = resolvePackDir(dirOrName);
  if (!dir) {
    problems.push(problem(existsSync(dirOrName) ? 'pack.not-a-directory' : 'file.not-found', dirOrName));
    return [];
  }
  const chain: Layer[] = [];
  const visit = (packDir: string, child: Layer | undefined): boolean => {
    if (chain.some((l) => l.dir === packDir)) {
      const manifest = child!.sources.manifest!;
      problems.push(
        problem(
          'pack.extends-cycle',
          manifest.file,
          { chain: [...chain.map((l) => displayPath(l.dir)), displayPath(packDir)].join(' → ') },
          pointerAt(manifest, '/extends'),
        ),
      );
      return false;
    }
    const layer = readLayer(packDir, problems);
    chain.push(layer);
    const parentName = layer.parent;
    if (parentName !== undefined && layer.sources.manifest) {
      const parentDir = resolvePackDir(parentName, packDir);
      if (!parentDir) {
        const manifest = layer.sources.manifest!;
        problems.push(
          problem('pack.extends-missing', manifest.file, { parent: parentName }, pointerAt(manifest, '/extends')),
        );
        return false;
      }
      return visit(parentDir, layer);
    }
    return true;
  };
  visit(dir, undefined);
  return chain.reverse();
}

function readLayer(dir: string, problems: Problem[]): Layer {
  const layer: Layer = { dir, sources: {}, invalid: new Set() };
  // pack.yaml is read first; whether it extends a parent decides which other files are required.
  for (const [key, [name, schema]] of Object.entries(PACK_FILES) as [PackFileKey, readonly [string, SchemaFile]][]) {
    const file = join(dir, name);
    if (!existsSync(file)) {
      // A pack that extends another needs only pack.yaml; the rest is inherited. vocabulary.yaml is optional.
      if (key === 'vocabulary') continue;
      if (key === 'manifest' || layer.parent === undefined)
        problems.push(problem('pack.missing-file', displayPath(file), { name }));
      continue;
    }
    try {
      const source = loadYamlFile(displayPath(file));
      if (key === 'manifest') {
        const parent = isMapping(source.data) ? source.data.extends : undefined;
        if (typeof parent === 'string') layer.parent = parent;
      }
      const found = checkAgainstSchema(source, schema, key === 'checklist' ? CONDITION_POINTERS : undefined);
      problems.push(...found);
      // A checklist with a bad rule still has good rules worth checking; other files must be sound.
      if (found.length === 0 || (key === 'checklist' && isMapping(source.data))) layer.sources[key] = source;
      for (const p of found) layer.invalid.add(`${source.file}#${p.pointer ?? ''}`);
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      problems.push(...e.problems);
    }
  }
  return layer;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
