// Run by `npm run build`, after tsc and the validators: the three things that make `fazhi` start fast.
//
// 1. The CLI bundled into dist/bundle/: a process that starts `fazhi` reads one file instead of
//    resolving and reading ~250 modules (zod alone is 95).
//
//   launch.cjs     what bin/fazhi.js runs (src/cli/launch.ts): answers --version, or loads cli.cjs
//   cli.cjs        the CLI (src/cli/main.ts), CommonJS, loaded with its code cache
//   cli.cjs.cache  V8's code cache for it, written by step 3
//   vendor.cjs     zod, yaml, ajv, js-yaml and re2js, required (by the CLI and the worker) only by code a check with
//                  the bundled pack never runs
//   worker.js      the batch worker, started by URL from src/batch/pool.ts
//
// Every file sits in dist/bundle/, two folders below the package root like dist/<layer>/*.js,
// so PACKAGE_ROOT (src/util/package-root.ts) and the worker's `./worker.js` resolve as they do in
// the tsc build. Packages loaded only by dynamic import (exceljs, mammoth, cheerio, docx, unpdf,
// word-extractor) stay outside: Node loads them from node_modules when an .xlsx or a feedback .docx is
// written or a .docx, .html, .pdf or .doc is read.
// string-width starts an Intl.Segmenter when it loads (~30 ms here, a fifth of `node -e 0`): in the
// bundle it starts on first use, which util/text-layout.ts spares ASCII and CJK text.
//
// 2. A snapshot of each bundled pack (rules/<name>) in dist/packs/: the pack as loaded, validated and
//    compiled here, with its files' text; `fazhi` uses it while those files are unchanged
//    (src/pipeline/open-pack.ts), and otherwise loads the pack in full.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { loadPack } from '../dist/pack/load-pack.js';
import { writeSnapshot } from '../dist/pipeline/open-pack.js';
import { PACK_FILES } from '../dist/source/pack-dir.js';

// Built beside and then put in place, so a `fazhi` started meanwhile finds the old files or the new ones.
const staging = (dir) => `${dir}.${process.pid}`;
const putInPlace = (dir) => {
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging(dir), dir);
};

/**
 * string-width's segmenter made when first used: the same object, the same widths, no cost to a
 * process that never needs it.
 */
const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(b) {
    // esbuild gives real paths: node_modules may be a link (a git worktree's to the main checkout's), where the
    // plugin would otherwise find nothing to change.
    const own = resolve('node_modules/string-width/index.js');
    const ownReal = existsSync(own) ? realpathSync(own) : own;
    b.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, (args) => {
      // cli-progress's own older copy is left as it is
      if (args.path !== ownReal) return undefined;
      const eager = 'const segmenter = new Intl.Segmenter();';
      const code = readFileSync(args.path, 'utf8');
      if (code.split(eager).length !== 2)
        throw new Error(`bundle: ${args.path} no longer reads "${eager}"; update the lazy-segmenter plugin`);
      const lazy =
        'let segmenterInstance;\n' +
        'const segmenter = { segment: (s) => (segmenterInstance ??= new Intl.Segmenter()).segment(s) };';
      return { contents: code.replace(eager, lazy), loader: 'js' };
    });
  },
};

// The packages only the full pack loader and an auditor's patterns use (zod, YAML, ajv, RE2): half the CLI's code,
// which a check with the bundled pack never runs. They sit in vendor.cjs, which the CLI bundle requires when a module
// importing one of them is first evaluated, so the code cache of a check does not carry them.
const VENDORED = ['zod', 'yaml', 'ajv/dist/2020.js', 'js-yaml', 're2js'];
const vendorEntry = join(staging('dist/bundle'), 'vendor-entry.cjs');
const vendored = {
  name: 'vendored',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      VENDORED.includes(args.path) && args.namespace === 'file'
        ? { path: args.path, namespace: 'vendored' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'vendored' }, (args) => ({
      contents: `module.exports = require('./vendor.cjs')[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^\.\/vendor\.cjs$/ }, () => ({ path: './vendor.cjs', external: true }));
  },
};
// What every bundle shares: the package's code in one file each, the optional packages left outside.
const common = {
  bundle: true,
  splitting: false,
  platform: 'node',
  target: 'node20',
  outdir: staging('dist/bundle'),
  external: ['exceljs', 'mammoth', 'cheerio', 'docx', 'unpdf', 'word-extractor', 'word-extractor/*', 'tsx', 'tsx/*'],
  legalComments: 'eof',
  logLevel: 'warning',
};
// CommonJS, so that bin/fazhi.js can load the CLI with a V8 code cache (src/cli/launch.ts); a module only imported
// dynamically (the pack loader, the spreadsheet writer …) stays a lazy wrapper evaluated when first imported.
const commonJs = {
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__fazhiModuleUrl' },
  // import() of a package left outside becomes require(): a script compiled with a code cache loses Node 20's
  // dynamic import callback (every one of those packages ships CommonJS, which Node's import() would read as the same)
  supported: { 'dynamic-import': false },
  banner: { js: "const __fazhiModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
};
mkdirSync(staging('dist/bundle'), { recursive: true });
writeFileSync(vendorEntry, `module.exports = {\n${VENDORED.map((v) => `  '${v}': require('${v}'),\n`).join('')}};\n`);
await build({ ...commonJs, entryPoints: { vendor: vendorEntry }, nodePaths: [resolve('node_modules')] });
rmSync(vendorEntry);
await build({ ...commonJs, entryPoints: { cli: 'src/cli/main.ts' }, plugins: [lazySegmenter, vendored] });
await build({ ...commonJs, entryPoints: { launch: 'src/cli/launch.ts' } });
// The batch worker, started by URL from src/batch/pool.ts, as an ES module.
await build({
  ...common,
  entryPoints: { worker: 'src/batch/worker.ts' },
  format: 'esm',
  plugins: [lazySegmenter, vendored],
  // CommonJS packages inside an ES module bundle call require() for Node's own modules.
  banner: {
    js:
      "import { createRequire as __fazhiCreateRequire } from 'node:module';\n" +
      'const require = __fazhiCreateRequire(import.meta.url);',
  },
});
putInPlace('dist/bundle');

mkdirSync(staging('dist/packs'), { recursive: true });
const fileNames = Object.values(PACK_FILES).map(([name]) => name);
for (const name of readdirSync('rules').sort()) {
  if (!existsSync(join('rules', name, 'pack.yaml'))) continue;
  const written = writeSnapshot(loadPack(join('rules', name)), fileNames, staging('dist/packs'));
  if (!written) console.warn(`bundle: rules/${name} holds a value JSON cannot carry; it is loaded in full`);
}
putInPlace('dist/packs');

// 3. The CLI's code cache: the bundle run in this process on the samples — a document scored, a structured report
//    scored, both in both languages and as JSON — with the pack from the snapshot just written, then the bytecode
//    of every function those runs compiled written beside the bundle, where src/cli/launch.ts finds it.
const { loadBundle, CLI_BUNDLE, codeCacheOf } = await import('../dist/cli/launch.js');
const loaded = loadBundle(CLI_BUNDLE, false);
const silent = { stdout: () => {}, stderr: () => {}, isTTY: false, env: {} };
for (const args of [
  ['check', 'samples/synthetic/excellent.txt'],
  ['check', 'samples/synthetic/parts.txt', '--format', 'json'],
  ['check', 'samples/real/003-xiaxian.yaml', '--lang', 'en'],
  ['check', 'samples/synthetic/veto.yaml', '--format', 'json', '--lang', 'en'],
]) {
  const code = await loaded.exports.main(['node', 'fazhi', ...args], silent);
  if (code > 1) throw new Error(`bundle: the code cache's training run \`fazhi ${args.join(' ')}\` exited ${code}`);
}
writeFileSync(codeCacheOf(CLI_BUNDLE), loaded.script.createCachedData());
