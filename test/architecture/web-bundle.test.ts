import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs build script: no declarations
import { noNodeBuiltins } from '../../scripts/no-node-builtins.mjs';

/** The web page's build (scripts/bundle-web.mjs) for one entry, written to memory. */
const bundle = (entry: string) =>
  build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    plugins: [noNodeBuiltins],
    logLevel: 'silent',
  });

describe('the web page bundle', () => {
  it('fails when a module imports a node built-in, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-web-bundle-'));
    const cases: Array<[string, string]> = [
      ['prefixed.ts', 'node:fs'],
      ['bare.ts', 'zlib'],
    ];
    for (const [name, spec] of cases) {
      const entry = join(dir, name);
      writeFileSync(entry, `import * as m from '${spec}';\nconsole.log(m);\n`);
      await expect(bundle(entry)).rejects.toThrow(`imports node's "${spec}"`);
    }
  });

  it('builds the page and its engine without one', async () => {
    for (const entry of ['src/web/main.ts', 'src/web/engine.ts', 'src/web/structured.ts', 'src/web/patterns.ts']) {
      const result = await bundle(entry);
      expect(result.errors).toEqual([]);
    }
  });
});
