#!/usr/bin/env node
// CommonJS (bin/package.json), so that starting fazhi runs no ES module loader: src/cli/launch.ts, bundled by
// scripts/bundle.mjs, answers --version or loads the CLI bundle with its code cache. `npm ci` builds dist/ through
// the `prepare` script; an installation without it gets one line, not Node's trace.
let launcher;
try {
  launcher = require('../dist/bundle/launch.cjs');
} catch (e) {
  if (e.code !== 'MODULE_NOT_FOUND') throw e;
  process.stderr.write(
    'fazhi：尚未构建 dist/，请在软件包目录运行 npm run build (dist/ is not built: run npm run build)\n',
  );
  process.exit(3);
}
launcher.launch(process.argv).then((code) => {
  process.exitCode = code;
});
