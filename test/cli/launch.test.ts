import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE, codeCacheOf, loadBundle } from '../../src/cli/launch.js';

const bundle = (code: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'fazhi-launch-')), 'b.cjs');
  writeFileSync(file, code);
  return file;
};

const inNewProcess = (file: string) =>
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { loadBundle } from './dist/cli/launch.js';
       const b = loadBundle(${JSON.stringify(file)});
       console.log(JSON.stringify({ cacheUsed: b.cacheUsed, sum: b.exports.sum(2, 3) }));`,
    ],
    { encoding: 'utf8' },
  );

describe('loading a CommonJS bundle with its code cache (cli/launch.ts)', () => {
  it('runs a bundle with no cache, with a cache V8 takes, and with a cache it rejects — the same exports each time', () => {
    const file = bundle('module.exports.sum = (a, b) => a + b; exports.dir = __dirname;');
    const bare = loadBundle(file);
    expect(bare.cacheUsed).toBe(false);
    expect((bare.exports.sum as (a: number, b: number) => number)(2, 3)).toBe(5);
    expect(bare.exports.dir).toBe(join(file, '..'));
    writeFileSync(codeCacheOf(file), bare.script.createCachedData());
    // taken in a new process (this one would answer the same source from V8's memory), through the built launcher
    const cached = JSON.parse(inNewProcess(file)) as { cacheUsed: boolean; sum: number };
    expect(cached).toEqual({ cacheUsed: true, sum: 5 });
    // (a source this process has not compiled yet: V8 would answer a second compile from its own memory)
    const other = bundle('module.exports.sum = (a, b) => a + b + 0;');
    writeFileSync(codeCacheOf(other), Buffer.from('not a code cache'));
    const rejected = loadBundle(other);
    expect(rejected.cacheUsed).toBe(false);
    expect((rejected.exports.sum as (a: number, b: number) => number)(4, 5)).toBe(9);
  });

  it("requires a module beside the bundle and Node's own, as a CommonJS module would", () => {
    const file = bundle("module.exports.both = require('./beside.cjs').word + require('node:path').sep;");
    writeFileSync(join(file, '..', 'beside.cjs'), "exports.word = 'near';");
    expect(loadBundle(file).exports.both).toBe('near/');
  });

  it('the build wrote a cache for the CLI bundle that this Node takes, and the launcher answers --version alone', () => {
    expect(loadBundle(CLI_BUNDLE).cacheUsed).toBe(true);
    const version = execFileSync(process.execPath, ['bin/fazhi.js', '-V'], { encoding: 'utf8' });
    expect(version).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });
});

describe('an installation without its build', () => {
  // the package's launcher and bin copied into a folder of their own, with its package.json, and no more
  const install = (withLauncher: boolean) => {
    const root = mkdtempSync(join(tmpdir(), 'fazhi-unbuilt-'));
    mkdirSync(join(root, 'bin'));
    for (const f of ['fazhi.js', 'package.json']) copyFileSync(join('bin', f), join(root, 'bin', f));
    copyFileSync('package.json', join(root, 'package.json'));
    if (withLauncher) {
      mkdirSync(join(root, 'dist', 'bundle'), { recursive: true });
      copyFileSync(CLI_BUNDLE.replace(/cli\.cjs$/, 'launch.cjs'), join(root, 'dist', 'bundle', 'launch.cjs'));
    }
    return join(root, 'bin', 'fazhi.js');
  };
  const run = (bin: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

  it('with the launcher but no CLI bundle: one line naming the bundle and the fix, exit 3, in either language', () => {
    const bin = install(true);
    const zh = run(bin, ['check', 'samples/synthetic/excellent.txt']);
    expect(zh.status).toBe(3);
    expect(zh.stderr).toMatch(/^fazhi：无法载入 \S+cli\.cjs（ENOENT[^\n]*）；请在软件包目录运行 npm run build\n$/);
    const en = run(bin, ['check', 'x.txt', '--lang', 'en']);
    expect(en.stderr).toMatch(
      /^fazhi: cannot load \S+cli\.cjs \(ENOENT[^\n]*\); run npm run build in the package's folder\n$/,
    );
    // --version needs no bundle
    expect(run(bin, ['--version']).stdout).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });

  it('with no dist/ at all: one line, exit 3', () => {
    const done = run(install(false), ['check', 'x.txt']);
    expect(done.status).toBe(3);
    expect(done.stderr).toBe(
      'fazhi：尚未构建 dist/，请在软件包目录运行 npm run build (dist/ is not built: run npm run build)\n',
    );
  });
});
