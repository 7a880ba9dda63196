// Run by `npm run build`: the page `fazhi web` and `fazhi serve` offer (src/web), built once here,
// so the installed CLI copies it and never needs a bundler. dist/web/ holds index.html, app.css,
// app.js (the shell: src/web/main.ts), engine.js (readers, extraction, scoring, the result views:
// src/web/engine.ts), structured.js (the .yaml/.json reader, loaded when one is first dropped),
// patterns.js (RE2, loaded for a pack with auditors' patterns), pdf.js (pdf.js itself, loaded when a
// PDF is first dropped), pdf-cmaps.js (vendor/pdf-cmaps base64, loaded when a PDF first asks for a
// CMap) and doc.js (word-extractor's OLE reader, loaded when a .doc/.wps is first dropped),
// each a classic script, since Chromium refuses ES modules from file://. The shell is up at once and
// loads the engine after it. `fazhi web` adds packs.js.
//
// platform 'browser' resolves packages by their browser builds (mammoth unzips with JSZip, in
// memory). A node built-in reached from src/web fails the build: the page must get by without
// them by its module layout (ARCHITECTURE.md), never by a shim.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { noNodeBuiltins } from './no-node-builtins.mjs';

const streamShim = streamShimPlugin();
const out = `dist/web.${process.pid}`;
mkdirSync(out, { recursive: true });
const common = {
  outdir: out,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome109', 'firefox115', 'safari16'],
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: {
    app: 'src/web/main.ts',
    engine: 'src/web/engine.ts',
    structured: 'src/web/structured.ts',
    patterns: 'src/web/patterns.ts',
    pdf: 'src/web/pdf.ts',
  },
  // unpdf reads import.meta only under node (to find pdfjs-dist's files); the page passes its own data
  define: { 'import.meta.resolve': 'undefined' },
  plugins: [noNodeBuiltins],
});
// word-extractor's OLE reader wants node's stream.Readable (one class, read through three events)
// and Buffer: ingest/readable-shim.ts and the `buffer` package, in this script only.
await build({
  ...common,
  entryPoints: { doc: 'src/web/doc.ts' },
  inject: ['src/web/buffer-global.ts'],
  plugins: [streamShim, noNodeBuiltins],
});
writeFileSync(`${out}/pdf-cmaps.js`, cmapsScript('vendor/pdf-cmaps'));
copyFileSync('src/web/index.html', `${out}/index.html`);
copyFileSync('src/web/app.css', `${out}/app.css`);
rmSync('dist/web', { recursive: true, force: true });
renameSync(out, 'dist/web');

/** Resolves word-extractor's `require('stream')` to the shim, before no-node-builtins sees it. */
function streamShimPlugin() {
  return {
    name: 'stream-shim',
    setup(b) {
      b.onResolve({ filter: /^stream$/ }, () => ({ path: `${process.cwd()}/src/ingest/readable-shim.ts` }));
    },
  };
}

/** The vendored CMaps as one classic script: FAZHI_CMAPS = { name: base64 } (web/pdf-cmaps.ts reads it). */
function cmapsScript(dir) {
  const table = {};
  for (const f of readdirSync(dir).sort())
    if (f.endsWith('.bcmap')) table[f.slice(0, -'.bcmap'.length)] = readFileSync(`${dir}/${f}`).toString('base64');
  const licence = '/* Adobe-GB1 CMaps from pdfjs-dist, BSD-3-Clause (vendor/pdf-cmaps/LICENSE) */';
  return `${licence}\nglobalThis.FAZHI_CMAPS=${JSON.stringify(table)};\n`;
}
