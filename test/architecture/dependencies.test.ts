import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layers of ARCHITECTURE.md, enforced: .dependency-cruiser.cjs holds the rules (`npm run
 * lint:deps` runs the same check on the command line). A failure lists each forbidden import with
 * the rule it breaks and why that rule exists.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const BROWSER_SAFE_CORE = ['model', 'pack', 'engine', 'score', 'extract', 'render'];

async function violations(baseDir: string): Promise<{ lines: string[]; result: ICruiseResult }> {
  const options = await extractDepcruiseOptions(CONFIG);
  const { output } = await cruise(['src'], { ...options, baseDir, validate: true, outputType: 'json' });
  const result = (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
  const comments = new Map((options.ruleSet?.forbidden ?? []).map((r) => [r.name, r.comment]));
  const lines = result.summary.violations.map(
    (v) =>
      `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name).join(' → ')})` : ''}\n    ${comments.get(v.rule.name) ?? ''}`,
  );
  return { lines, result };
}

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  it('src/ breaks none: every import keeps to its layer, no cycles, the browser-safe core imports nothing node-only', async () => {
    const { lines, result } = await violations(ROOT);
    // A parser that silently read nothing would pass every rule: src/ has well over 500 imports.
    expect(result.summary.totalDependenciesCruised).toBeGreaterThan(500);
    if (lines.length > 0) expect.fail(`${lines.length} forbidden import(s):\n${lines.join('\n')}`);
  });

  describe('a forbidden import fails, naming the rule it breaks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-layers-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    };
    write('src/cli/io.ts', 'export interface CliIO { out(s: string): void }\n');
    write('src/model/x.ts', "import type { CliIO } from '../cli/io.js';\nexport type X = CliIO;\n");
    write('src/render/y.ts', "import { readFileSync } from 'node:fs';\nexport const y = () => readFileSync('x');\n");
    write('src/score/a.ts', "import { b } from './b.js';\nexport const a = () => b();\n");
    write('src/score/b.ts', "import { a } from './a.js';\nexport const b = (): unknown => a;\n");

    it('each one listed with its rule', async () => {
      const { lines } = await violations(dir);
      const names = lines.map((l) => l.split('\n')[0]);
      expect(names).toEqual(
        expect.arrayContaining([
          'layer-model: src/model/x.ts → src/cli/io.ts',
          'core-no-node-io: src/render/y.ts → fs',
          expect.stringMatching(/^no-circular: src\/score\/[ab]\.ts → src\/score\/[ab]\.ts/),
        ]),
      );
      expect(lines.find((l) => l.startsWith('layer-model'))).toContain('src/model may import only itself');
    });
  });

  it('the browser-safe core does not use the `process` global (an import rule cannot see it)', () => {
    const offenders: string[] = [];
    for (const folder of BROWSER_SAFE_CORE) {
      for (const name of readdirSync(join(ROOT, 'src', folder), { recursive: true }) as string[]) {
        if (!name.endsWith('.ts')) continue;
        const file = join('src', folder, name);
        readFileSync(join(ROOT, file), 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const code = line.replace(/\/\/.*$/, '');
            if (!/^\s*\*/.test(code) && /\bprocess\s*[.[]|globalThis\.process\b/.test(code))
              offenders.push(`${file}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(offenders, 'read process.* in cli/ or pipeline/ and pass the value in').toEqual([]);
  });
});
