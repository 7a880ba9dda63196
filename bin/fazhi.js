#!/usr/bin/env node
// CommonJS (bin/package.json), so that starting fazhi runs no ES module loader: src/cli/launch.ts, bundled by
// scripts/bundle.mjs, answers --version or loads the CLI bundle with its code cache. `npm ci` builds dist/ through
// the `prepare` script.
require('../dist/bundle/launch.cjs')
  .launch(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
