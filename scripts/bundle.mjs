// Run by `npm run build`, after tsc and the validators: the two things that make `fazhi` start fast.
//
// 1. The CLI bundled into dist/bundle/: a process that starts `fazhi` reads a few files instead of
//    resolving and reading ~250 modules (zod alone is 95).
//
//   main.js     the entry bin/fazhi.js imports: commander and the command list (src/cli/commands.ts)
//   worker.js   the batch worker, started by URL from the chunk holding src/batch/pool.ts
//   chunk-*.js  code shared by the two, and each command's work, loaded when that command runs
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
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
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

await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
  outdir: staging('dist/bundle'),
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['exceljs', 'mammoth', 'cheerio', 'docx', 'unpdf', 'word-extractor', 'word-extractor/*', 'tsx', 'tsx/*'],
  // CommonJS packages inside an ES module bundle call require() for Node's own modules.
  banner: {
    js:
      "import { createRequire as __fazhiCreateRequire } from 'node:module';\n" +
      'const require = __fazhiCreateRequire(import.meta.url);',
  },
  plugins: [lazySegmenter],
  legalComments: 'eof',
  logLevel: 'warning',
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
