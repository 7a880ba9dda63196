import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/pack/compiled-pack.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { readSnapshot, withPatterns, writeSnapshot } from '../../src/pipeline/open-pack.js';
import { PACK_FILES } from '../../src/source/pack-dir.js';
import { runCli } from '../helpers/cli.js';
import { tempFile, tempPack } from '../helpers/temp-pack.js';

const FILE_NAMES = Object.values(PACK_FILES).map(([name]) => name);

/** A pack as data, its catalog by what it answers: what two loads must agree on, key order included (patterns: see withPatterns). */
const asData = ({ catalog, ...pack }: Omit<Pack, 'patterns'> & { patterns?: unknown }) => {
  const { patterns: _compiled, ...rest } = pack;
  return JSON.stringify({
    ...rest,
    catalog: {
      ids: catalog.ids(),
      stated: catalog.statedIds(),
      sections: catalog.sectionIds,
      labels: catalog.ids().map((id) => catalog.label(id, 'en')),
    },
  });
};

/** The national pack with an auditor's pattern on one fact (a count read by RE2). */
const withAPattern = () =>
  tempPack({
    'facts.yaml': (t) =>
      t.replace(
        /(- \{ id: leadershipLawStudySessions,[^\n]*cues: \[[^\]]*\],)/,
        '$1 pattern: "学法活动(?<value>[0-9]+)场",',
      ),
  });

function snapshotOf(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-snapshot-'));
  expect(writeSnapshot(loadPack(name), FILE_NAMES, dir)).toBe(true);
  return dir;
}

describe('a bundled pack from its snapshot (the built CLI skips reading and validating the YAML)', () => {
  for (const name of ['national', 'example-province']) {
    it(`${name}: is the pack loadPack gives`, () => {
      const dir = snapshotOf(name);
      const snapshot = readSnapshot(name, dir);
      expect(snapshot).toBeDefined();
      expect(asData(snapshot!)).toBe(asData(loadPack(name)));
    });
  }

  it('is found by name and by the bundled folder (a worker is given the folder), never for a folder elsewhere', () => {
    const dir = snapshotOf('national');
    expect(readSnapshot('rules/national', dir)?.rules.length).toBe(loadPack('national').rules.length);
    expect(readSnapshot(loadPack('national').dir, dir)).toBeDefined();
    expect(readSnapshot(join(tmpdir(), 'national'), dir)).toBeUndefined();
    expect(readSnapshot('no-such-pack', dir)).toBeUndefined();
  });

  it("gets its facts' patterns compiled when opened, and RE2 only when a fact has one", async () => {
    const plain = readSnapshot('national', snapshotOf('national'))!;
    expect((await withPatterns(plain)).patterns.size).toBe(0);
    const { patterns, ...full } = loadPack(withAPattern());
    expect(patterns.size).toBe(1);
    const opened = await withPatterns(full);
    expect([...opened.patterns.keys()]).toEqual(['leadershipLawStudySessions']);
    const pattern = opened.patterns.get('leadershipLawStudySessions')!;
    expect('matchAll' in pattern && [...pattern.matchAll('开展学法活动12场')].map((m) => m.value)).toEqual(['12']);
  });

  it('is not used once a file of the chain changed, appeared or vanished, or by another version', () => {
    const dir = snapshotOf('example-province');
    const file = join(dir, 'example-province.json');
    const original = readFileSync(file, 'utf8');
    const edit = (change: (s: { version: string; files: Record<string, string | null> }) => void) => {
      const s = JSON.parse(original);
      change(s);
      writeFileSync(file, JSON.stringify(s));
      return readSnapshot('example-province', dir);
    };
    expect(edit(() => {})).toBeDefined();
    // the parent's checklist, one character different
    expect(edit((s) => (s.files['rules/national/checklist.yaml'] += ' '))).toBeUndefined();
    // a file the snapshot found absent now exists (pack.yaml stands in for it), and one it read is gone
    expect(edit((s) => (s.files['rules/national/pack.yaml'] = null))).toBeUndefined();
    expect(edit((s) => (s.files['rules/example-province/gone.yaml'] = 'x: 1\n'))).toBeUndefined();
    expect(edit((s) => (s.version = '0.0.0-other'))).toBeUndefined();
  });
});

describe('the built CLI (bin/fazhi.js: the bundle in dist/, the pack from its snapshot)', () => {
  it('scores a document and a structured report exactly as the source does', async () => {
    expect(existsSync('dist/packs/national.json')).toBe(true);
    const args = [
      'check',
      'samples/synthetic/excellent.txt',
      'samples/real/003-xiaxian.yaml',
      '--format',
      'json',
      '--as-of',
      '2026-01-01',
    ];
    const built = execFileSync(process.execPath, ['bin/fazhi.js', ...args], { encoding: 'utf8' });
    const source = await runCli(args);
    expect(source.code).toBe(0);
    expect(built).toBe(source.stdout);
  });

  it("reads a fact by an auditor's pattern exactly as the source does (RE2 loaded with the pack that needs it)", async () => {
    const report = tempFile(
      'report.txt',
      '某县司法局2024年度法治政府建设年度报告\n一、主要工作\n全年开展学法活动12场。\n',
    );
    const args = ['extract', report, '--rules', withAPattern(), '--format', 'json'];
    const built = execFileSync(process.execPath, ['bin/fazhi.js', ...args], { encoding: 'utf8' });
    const source = await runCli(args);
    expect(built).toBe(source.stdout);
    expect(JSON.parse(built).facts.leadershipLawStudySessions).toBe(12);
  });

  it('answers --version and --help, and runs each command', () => {
    const version = execFileSync(process.execPath, ['bin/fazhi.js', '--version'], { encoding: 'utf8' });
    expect(version.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const help = execFileSync(process.execPath, ['bin/fazhi.js', 'check', '--help'], { encoding: 'utf8' });
    expect(help).toContain('--format <format>');
    const list = execFileSync(process.execPath, ['bin/fazhi.js', 'rules', 'list', '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(list)).toHaveLength(loadPack('national').rules.length);
  });

  // What a process runs is what it pays for at start-up (issue 14, part 7). The CLI bundle (dist/bundle/cli.cjs) holds
  // each module it imports lazily as a function named by the module's path (esbuild's `"src/x.ts"() {…}`, or
  // `"node_modules/…"(exports, module) {…}`), and V8's coverage (NODE_V8_COVERAGE) names every function that ran and
  // every script loaded; zod, YAML, ajv and RE2 live in dist/bundle/vendor.cjs, loaded only when required.
  const CLI = readFileSync('dist/bundle/cli.cjs', 'utf8');
  const run = (args: string[]) => {
    const coverage = mkdtempSync(join(tmpdir(), 'fazhi-coverage-'));
    const done = spawnSync(process.execPath, ['bin/fazhi.js', ...args], {
      encoding: 'utf8',
      env: { ...process.env, NODE_V8_COVERAGE: coverage },
    });
    expect(done.status).toBe(0);
    type Script = { url: string; functions: { functionName: string; ranges: { count: number }[] }[] };
    const scripts = readdirSync(coverage)
      .flatMap((f) => (JSON.parse(readFileSync(join(coverage, f), 'utf8')) as { result: Script[] }).result)
      .filter((s) => s.url.includes('/dist/bundle/'));
    const ran = scripts.flatMap((s) => s.functions.filter((f) => f.ranges[0]!.count > 0).map((f) => f.functionName));
    return {
      files: scripts.map((s) => basename(s.url)).sort(),
      modules: ran.filter((n) => /^(src|node_modules)\//.test(n)),
    };
  };
  const none = (modules: string[], prefixes: string[]) =>
    expect(prefixes.filter((p) => modules.some((m) => m.startsWith(p)))).toEqual([]);
  const HEAVY = ['src/source/schema-check', 'src/pack/load-pack'];

  it('holds the pack loader as lazy modules and zod, YAML, ajv and RE2 outside the CLI bundle', () => {
    for (const m of HEAVY) expect(CLI).toMatch(new RegExp(`^  "${m}\\.ts"\\(\\) \\{$`, 'm'));
    for (const p of ['zod', 'yaml', 'ajv', 'js-yaml', 're2js']) expect(CLI).not.toContain(`// node_modules/${p}/`);
    expect(readFileSync('dist/bundle/vendor.cjs', 'utf8')).toContain('// node_modules/zod/');
  });

  it('--version loads no bundle but its launcher', () => {
    expect(run(['--version']).files).toEqual(['launch.cjs']);
  });

  it('check of a document with the bundled pack runs no schema, model or YAML code, nor RE2 for a pack without patterns', () => {
    const { files, modules } = run(['check', 'samples/synthetic/excellent.txt']);
    expect(files).toEqual(['cli.cjs', 'launch.cjs']);
    expect(modules.some((m) => m.startsWith('src/extract/'))).toBe(true);
    none(modules, HEAVY);
  });

  it('batch of documents with the bundled pack runs none of them either (its optional inputs read only when given)', () => {
    const out = mkdtempSync(join(tmpdir(), 'fazhi-batch-modules-'));
    const { files, modules } = run([
      'batch',
      'samples/synthetic/excellent.txt',
      '-q',
      '--format',
      'json',
      '--out',
      out,
    ]);
    expect(files).not.toContain('vendor.cjs');
    expect(modules.some((m) => m.startsWith('src/batch/'))).toBe(true);
    expect(existsSync(join(out, 'batch.json'))).toBe(true);
    none(modules, [...HEAVY, 'src/roster/load-roster', 'src/batch/previous-batch']);
  });
});
