import type { Pack } from './compiled-pack.js';
import type { CompiledPattern } from './auditor-pattern.js';
import { FactCatalog } from './fact-catalog.js';

/**
 * A compiled pack as plain data, and back: how a pack crosses from the machine that loaded and
 * validated it (node, `fazhi web`) to a page that scores with it (src/web) without the YAML
 * parsers, the schemas or the file system. The catalog and the compiled patterns are rebuilt.
 */
export interface PackData {
  /** the name the page lists the pack under (its folder's name) */
  name: string;
  pack: Omit<Pack, 'catalog' | 'patterns'>;
  /** the order the catalog was built in (derived facts as declared, before dependency order) */
  derivedOrder: string[];
}

/** `name`: how the page shows the pack; paths are cut to `name/<file>` so no machine's folders travel. */
export function packToData(pack: Pack, name: string): PackData {
  const { catalog, patterns: _compiled, ...rest } = pack;
  const local = (path: string) => `${name}/${path.split(/[\\/]/).pop()}`;
  return {
    name,
    pack: {
      ...rest,
      dir: name,
      chain: pack.chain.map(local),
      rules: pack.rules.map((r) => ({ ...r, file: local(r.file) })),
    },
    derivedOrder: catalog.ids().filter((id) => catalog.derived(id) !== undefined),
  };
}

/** auditor-pattern.ts's compilePatterns (RE2), passed in: a caller loads RE2 only for a pack that has patterns. */
export type PatternCompiler = (
  facts: readonly { id: string; pattern?: string | undefined }[],
) => Map<string, CompiledPattern>;

/** Whether any fact of the pack has an auditor's pattern, which RE2 must compile. */
export const hasPatterns = (data: PackData): boolean => data.pack.facts.some((f) => f.pattern !== undefined);

export function packFromData(data: PackData, compilePatterns: PatternCompiler): Pack {
  const saved = data.pack;
  const byId = new Map(saved.derived.map((d) => [d.id, d]));
  const catalog = new FactCatalog(
    saved.facts,
    data.derivedOrder.map((id) => byId.get(id)!),
    saved.sections.map((s) => s.id),
  );
  return { ...saved, catalog, patterns: compilePatterns(saved.facts) };
}
