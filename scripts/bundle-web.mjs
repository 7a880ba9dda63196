// Run by `npm run build`: the page `fazhi web` and `fazhi serve` offer (src/web), built once here,
// so the installed CLI copies it and never needs a bundler. dist/web/ holds index.html, app.css,
// app.js (the shell: src/web/main.ts), engine.js (readers, extraction, scoring, the result views:
// src/web/engine.ts), structured.js (the .yaml/.json reader, loaded when one is first dropped) and
// patterns.js (RE2, loaded for a pack with auditors' patterns),
// each a classic script, since Chromium refuses ES modules from file://. The shell is up at once and
// loads the engine after it. `fazhi web` adds packs.js.
//
// platform 'browser' resolves packages by their browser builds (mammoth unzips with JSZip, in
// memory). A node built-in reached from src/web fails the build: the page must get by without
// them by its module layout (ARCHITECTURE.md), never by a shim.
import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { noNodeBuiltins } from './no-node-builtins.mjs';

const out = `dist/web.${process.pid}`;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: {
    app: 'src/web/main.ts',
    engine: 'src/web/engine.ts',
    structured: 'src/web/structured.ts',
    patterns: 'src/web/patterns.ts',
  },
  outdir: out,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome109', 'firefox115', 'safari16'],
  minify: true,
  legalComments: 'eof',
  plugins: [noNodeBuiltins],
  logLevel: 'warning',
});
copyFileSync('src/web/index.html', `${out}/index.html`);
copyFileSync('src/web/app.css', `${out}/app.css`);
rmSync('dist/web', { recursive: true, force: true });
renameSync(out, 'dist/web');
