import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Pack } from '../pack/compiled-pack.js';
import { FactCatalog } from '../pack/fact-catalog.js';
import { displayPath } from '../util/display-path.js';
import { BUNDLED_RULES_DIR, PACKAGE_ROOT, VERSION } from '../util/package-root.js';

/**
 * A bundled pack (rules/<name>) as `npm run build` loaded it: its files' text and the pack, data
 * only. Reading the YAML, checking it against the schemas and the rule models is most of what a
 * one-report `fazhi check` spends; a snapshot whose files are unchanged skips all of it. An edited,
 * added or removed file, another fazhi version or a pack outside rules/ takes the full path.
 */
interface PackSnapshot {
  version: string;
  /** every file the pack chain is read from, relative to the package root, and its text; null: checked absent */
  files: Record<string, string | null>;
  /** the pack, paths relative to the package root, without its catalog and compiled patterns */
  pack: Omit<Pack, 'catalog' | 'patterns'>;
  /** the order the catalog was built in (derived facts as declared, before dependency order) */
  derivedOrder: string[];
}

/**
 * Snapshots are used only by the built CLI, like the precompiled validators; src/ (tests, tsx) always loads in full.
 */
const BUILT = import.meta.url.includes('/dist/');
const SNAPSHOT_DIR = join(PACKAGE_ROOT, 'dist', 'packs');

/**
 * Opens a pack for scoring: a bundled pack from its snapshot when its files are unchanged,
 * otherwise (and for every other pack) loaded, validated and compiled by pack/load-pack.ts, which
 * is imported only then. Problems are thrown as loadPack throws them.
 */
export async function openPack(dirOrName = 'national'): Promise<Pack> {
  const fromSnapshot = BUILT ? readSnapshot(dirOrName) : undefined;
  if (fromSnapshot) return withPatterns(fromSnapshot);
  const { loadPack } = await import('../pack/load-pack.js');
  return loadPack(dirOrName);
}

/** The pack with its facts' patterns compiled; RE2 (pack/auditor-pattern.ts) is loaded only if one has a pattern. */
export async function withPatterns(pack: Omit<Pack, 'patterns'>): Promise<Pack> {
  if (!pack.facts.some((f) => f.pattern !== undefined)) return { ...pack, patterns: new Map() };
  const { compilePatterns } = await import('../pack/auditor-pattern.js');
  return { ...pack, patterns: compilePatterns(pack.facts) };
}

const fromRoot = (path: string) => relative(PACKAGE_ROOT, resolve(path)).split('\\').join('/');
const toAbsolute = (path: string) => join(PACKAGE_ROOT, path);

/** The name of the bundled pack `--rules` (or a worker's pack directory) names, as source/pack-dir.ts resolves it. */
function bundledName(dirOrName: string): string | undefined {
  const asPath = resolve(dirOrName);
  // a path that exists is that path (a folder of the same name here wins over the bundled pack)
  if (existsSync(asPath)) return dirname(asPath) === BUNDLED_RULES_DIR ? basename(asPath) : undefined;
  return /^[a-z][a-z0-9_-]*$/.test(dirOrName) ? dirOrName : undefined;
}

/** The snapshot of a bundled pack, if present (in `snapshotDir`) and still true to its files. */
export function readSnapshot(dirOrName: string, snapshotDir = SNAPSHOT_DIR): Omit<Pack, 'patterns'> | undefined {
  const name = bundledName(dirOrName);
  const file = name && join(snapshotDir, `${name}.json`);
  if (!file || !existsSync(file)) return undefined;
  let snapshot: PackSnapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as PackSnapshot;
  } catch {
    return undefined;
  }
  if (snapshot.version !== VERSION) return undefined;
  // The bytes themselves are compared, not a hash: reading ~100 KB costs less than loading node:crypto.
  for (const [path, text] of Object.entries(snapshot.files)) {
    const abs = toAbsolute(path);
    if (text === null ? existsSync(abs) : !existsSync(abs) || !readFileSync(abs).equals(Buffer.from(text, 'utf8')))
      return undefined;
  }
  const saved = snapshot.pack;
  const byId = new Map(saved.derived.map((d) => [d.id, d]));
  const catalog = new FactCatalog(
    saved.facts,
    snapshot.derivedOrder.map((id) => byId.get(id)!),
    saved.sections.map((s) => s.id),
  );
  return {
    ...saved,
    dir: toAbsolute(saved.dir),
    chain: saved.chain.map(toAbsolute),
    rules: saved.rules.map((r) => ({ ...r, file: displayPath(toAbsolute(r.file)) })),
    catalog,
  };
}

/**
 * Writes the snapshot of a bundled pack loaded in full (`npm run build`, scripts/bundle.mjs).
 * `fileNames`: every file a pack directory may hold (source/pack-dir.ts PACK_FILES), each kept
 * or recorded absent. Returns false, writing nothing, when the pack holds a value JSON would not
 * give back as it is.
 */
export function writeSnapshot(pack: Pack, fileNames: readonly string[], outDir = SNAPSHOT_DIR): boolean {
  const name = basename(pack.dir);
  if (resolve(pack.dir) !== join(BUNDLED_RULES_DIR, name)) throw new Error(`not a bundled pack: ${pack.dir}`);
  const { catalog, patterns: _compiled, ...rest } = pack;
  if (!jsonSafe(rest)) return false;
  const files: Record<string, string | null> = {};
  for (const dir of pack.chain) {
    for (const f of fileNames) {
      const abs = join(dir, f);
      files[fromRoot(abs)] = existsSync(abs) ? readFileSync(abs, 'utf8') : null;
    }
  }
  const snapshot: PackSnapshot = {
    version: VERSION,
    files,
    pack: {
      ...rest,
      dir: fromRoot(pack.dir),
      chain: pack.chain.map(fromRoot),
      rules: pack.rules.map((r) => ({ ...r, file: fromRoot(r.file) })),
    },
    derivedOrder: catalog.ids().filter((id) => catalog.derived(id) !== undefined),
  };
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify(snapshot));
  return true;
}

/** Plain objects, arrays, strings, booleans, null and finite numbers other than -0: what JSON gives back unchanged. */
function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((v) => v !== undefined && jsonSafe(v));
}
